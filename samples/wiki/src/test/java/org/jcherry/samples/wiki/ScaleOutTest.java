package org.jcherry.samples.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two wiki processes behind nginx, sharing PostgreSQL (pages, users) and Redis (sessions), with
 * {@code tools.proxy} on: a real browser registers and logs in through nginx, creates and edits a
 * page, one instance is stopped mid-session, and the browser stays logged in, its next edit lands,
 * PostgreSQL holds each revision once, and every redirect and link names nginx's address.
 * Screenshots of each step go to {@code target/screenshots/scale-out/}. PostgreSQL, Redis and nginx
 * are started here, on free ports, in a temporary directory. Skipped without them unless {@code CI}
 * is set ({@code .ci/run} installs them).
 */
class ScaleOutTest {
  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final Path REDIS = Path.of("/usr/bin/redis-server");

  /** An access-log line of a page or form of the session (not an asset), answered. */
  private static final Pattern SESSION_PAGE =
      Pattern.compile("\"(GET|POST) /(wiki|account)/[^ ]* HTTP/1\\.[01]\" (200|303) ");

  private static Path postgresBin() throws Exception {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (var versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .sorted()
          .reduce((a, b) -> b)
          .orElse(null);
    }
  }

  @Test
  void aSessionOutlivesTheInstanceThatStartedIt() throws Exception {
    Path pg = postgresBin();
    boolean present = pg != null && Files.isExecutable(NGINX) && Files.isExecutable(REDIS);
    Assumptions.assumeTrue(
        present || System.getenv("CI") != null,
        "nginx, redis-server and postgresql are not installed");
    Browser.assumeInstalled();
    Path dir = Files.createTempDirectory("wiki-scale");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    try (Services services = new Services()) {
      services.onClose(() -> Services.deleteTree(dir)); // runs last
      // PostgreSQL refuses to run as root: its cluster belongs to the postgres user.
      Path pgData = dir.resolve("pgdata");
      Path pgLog = dir.resolve("postgres.log");
      Files.createFile(pgLog);
      Files.setPosixFilePermissions(pgLog, PosixFilePermissions.fromString("rw-rw-rw-"));
      int pgPort = Services.freePort();
      postgres(pg, pgLog, "initdb", "-D", pgData.toString(), "--auth=trust", "-U", "postgres");
      services.onClose(
          () -> {
            try {
              postgres(pg, pgLog, "pg_ctl", "-D", pgData.toString(), "-m", "fast", "stop");
            } catch (Exception e) {
              throw new IllegalStateException("PostgreSQL did not stop", e);
            }
          });
      postgres(
          pg,
          pgLog,
          "pg_ctl",
          "-D",
          pgData.toString(),
          "-w",
          "-l",
          pgLog.toString(),
          "-o",
          "-p " + pgPort + " -k " + dir + " -c listen_addresses=127.0.0.1",
          "start");
      postgres(
          pg,
          pgLog,
          "createdb",
          "-h",
          "127.0.0.1",
          "-p",
          Integer.toString(pgPort),
          "-U",
          "postgres",
          "wiki");

      int redisPort = Services.freePort();
      Path redisLog = dir.resolve("redis.log");
      Process redis =
          services.start(
              redisLog,
              REDIS.toString(),
              "--port",
              Integer.toString(redisPort),
              "--bind",
              "127.0.0.1",
              "--save",
              "",
              "--appendonly",
              "no");
      Services.awaitPort(redisPort, redis, redisLog);

      int[] ports = {Services.freePort(), Services.freePort()};
      Process[] wikis = new Process[2];
      for (int i = 0; i < 2; i++) {
        Path log = dir.resolve("wiki" + i + ".log");
        wikis[i] =
            services.start(
                log,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                WikiMain.class.getName(),
                "--port",
                Integer.toString(ports[i]),
                "--data",
                dir.resolve("data").toString(),
                "--db",
                "jdbc:postgresql://127.0.0.1:" + pgPort + "/wiki",
                "--db-user",
                "postgres",
                "--redis",
                "redis://127.0.0.1:" + redisPort,
                "--proxy");
      }
      for (int i = 0; i < 2; i++) {
        Services.awaitPort(ports[i], wikis[i], dir.resolve("wiki" + i + ".log"));
      }

      int nginxPort = Services.freePort();
      Path conf = dir.resolve("nginx.conf");
      Files.writeString(conf, nginxConf(dir, nginxPort, ports));
      Path nginxLog = dir.resolve("nginx.log");
      Process nginx =
          services.start(
              nginxLog,
              NGINX.toString(),
              "-p",
              dir.toString(),
              "-c",
              conf.toString(),
              "-g",
              "daemon off;");
      Services.awaitPort(nginxPort, nginx, nginxLog);

      String site = "http://127.0.0.1:" + nginxPort;
      try (Browser browser = Browser.open("scale-out")) {
        ChromeDriver driver = browser.driver;
        driver.get(site + "/");
        assertEquals(site + "/wiki/Main_Page/", driver.getCurrentUrl(), "redirects name nginx");
        browser.follow("register");
        browser.type("username", "scaler");
        browser.type("password", "two instances");
        browser.follow("submit");
        assertEquals("Welcome, scaler! You are logged in.", browser.flash());
        browser.shot("registered");
        browser.follow("logout");
        assertEquals("You are logged out.", browser.flash());
        browser.follow("login");
        browser.type("username", "scaler");
        browser.type("password", "two instances");
        browser.follow("submit");
        assertEquals("Logged in as scaler.", browser.flash());
        assertEquals(site + "/wiki/Main_Page/", driver.getCurrentUrl());
        browser.shot("logged-in");

        driver.get(site + "/wiki/Shared");
        browser.follow("create");
        save(browser, "made before the stop", "Saved Shared as r1.");
        browser.shot("created");
        browser.follow("edit");
        save(browser, "edited before the stop", "Saved Shared as r2.");
        assertLinksName(site, driver);
        browser.shot("edited");
        for (int i = 0; i < 4; i++) { // round robin: both instances serve this session
          driver.navigate().refresh();
          assertEquals("scaler", browser.find("user").getText());
        }
        for (int i = 0; i < 2; i++) {
          String log = Files.readString(dir.resolve("wiki" + i + ".log"));
          assertTrue(SESSION_PAGE.matcher(log).find(), "wiki" + i + " served:\n" + log);
        }

        Services.stop(wikis[0]);

        browser.follow("edit");
        assertEquals("scaler", browser.find("user").getText(), "still logged in");
        browser.shot("editing-after-the-stop");
        save(browser, "edited after the stop", "Saved Shared as r3.");
        assertEquals(site + "/wiki/Shared/", driver.getCurrentUrl());
        assertTrue(
            driver.findElement(By.tagName("article")).getText().contains("edited after the stop"));
        browser.follow("history");
        assertEquals(List.of("3", "2", "1"), revisions(driver.getPageSource()));
        browser.shot("history");
      }
      assertEquals(List.of(1, 2, 3), storedRevisions(pgPort, "Shared"), "none lost, none twice");
    }
  }

  /** Types {@code text} into the open editor, saves it and waits for the flash message. */
  private static void save(Browser browser, String text, String flash) {
    browser.type("body", text);
    browser.type("comment", text);
    browser.follow("save");
    assertEquals(flash, browser.flash());
  }

  /** Every link and form of the page names the public address (nginx), never an instance. */
  private static void assertLinksName(String site, ChromeDriver driver) {
    List<WebElement> targets = driver.findElements(By.cssSelector("a[href], form[action]"));
    assertTrue(targets.size() > 5, "the page has links");
    for (WebElement e : targets) {
      String url = e.getDomAttribute(e.getTagName().equals("a") ? "href" : "action");
      assertTrue(url.startsWith(site + "/"), url + " names " + site);
    }
  }

  /** The revision numbers PostgreSQL holds for {@code page}, in order. */
  private static List<Integer> storedRevisions(int pgPort, String page) throws SQLException {
    String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/wiki";
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT r.rev FROM revisions r JOIN pages p ON p.id = r.page_id"
                    + " WHERE p.name = ? ORDER BY r.rev")) {
      q.setString(1, page);
      List<Integer> revs = new java.util.ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          revs.add(rs.getInt(1));
        }
      }
      return revs;
    }
  }

  /** Runs one of PostgreSQL's programs as the postgres user: it refuses to run as root. */
  private static void postgres(Path bin, Path log, String program, String... args)
      throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of("runuser", "-u", "postgres", "--", bin.resolve(program).toString()));
    command.addAll(List.of(args));
    Services.run(log, command.toArray(String[]::new));
  }

  private static List<String> revisions(String history) {
    Matcher m = Pattern.compile(">r(\\d+)</a>").matcher(history);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * Round robin over both instances; a refused or failed upstream is retried on the other. The
   * instances see {@code Host: wiki} (the upstream's name), so without {@code tools.proxy} their
   * links and redirects would name {@code http://wiki/}.
   */
  private static String nginxConf(Path dir, int port, int[] upstreams) {
    return String.join(
        "\n",
        "user root;",
        "worker_processes 1;",
        "error_log " + dir.resolve("nginx-error.log") + ";",
        "pid " + dir.resolve("nginx.pid") + ";",
        "events { worker_connections 64; }",
        "http {",
        "  access_log off;",
        "  client_body_temp_path " + dir.resolve("nginx-body") + ";",
        "  proxy_temp_path " + dir.resolve("nginx-proxy") + ";",
        "  fastcgi_temp_path " + dir.resolve("nginx-fastcgi") + ";",
        "  uwsgi_temp_path " + dir.resolve("nginx-uwsgi") + ";",
        "  scgi_temp_path " + dir.resolve("nginx-scgi") + ";",
        "  upstream wiki {",
        "    server 127.0.0.1:" + upstreams[0] + " max_fails=1 fail_timeout=30s;",
        "    server 127.0.0.1:" + upstreams[1] + " max_fails=1 fail_timeout=30s;",
        "  }",
        "  server {",
        "    listen 127.0.0.1:" + port + ";",
        "    client_max_body_size 2m;",
        "    location / {",
        "      proxy_pass http://wiki;",
        "      proxy_next_upstream error timeout;",
        // Neither Host nor Location is rewritten: the address in redirects and links is
        // tools.proxy's work, from X-Forwarded-Host alone.
        "      proxy_redirect off;",
        "      proxy_set_header X-Forwarded-Host $host:$server_port;",
        "      proxy_set_header X-Forwarded-For $remote_addr;",
        "      proxy_set_header X-Forwarded-Proto $scheme;",
        "    }",
        "  }",
        "}",
        "");
  }
}
