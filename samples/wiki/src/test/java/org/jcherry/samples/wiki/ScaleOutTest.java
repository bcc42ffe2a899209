package org.jcherry.samples.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two wiki processes behind nginx, sharing PostgreSQL (pages, users) and Redis (sessions), with
 * {@code tools.proxy} on: a visitor logs in through nginx, one instance is stopped mid-session, and
 * the visitor stays logged in, the next edit lands, and the history holds each edit once.
 * PostgreSQL, Redis and nginx are started here, on free ports, in a temporary directory. Skipped
 * without them unless {@code CI} is set ({@code .ci/run} installs them).
 */
class ScaleOutTest {
  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final Path REDIS = Path.of("/usr/bin/redis-server");

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

      TestClient viaNginx = new TestClient("127.0.0.1", nginxPort);
      Visitor v = new Visitor(viaNginx);
      TestResponse registered = v.register("scaler", "two instances");
      assertEquals(303, registered.status(), registered::body);
      assertEquals(
          "http://127.0.0.1:" + nginxPort + "/wiki/Main_Page",
          registered.header("Location"),
          "redirects name the public address");
      v.get("/wiki/Shared/edit");
      assertEquals(
          303, v.post("/wiki/Shared/edit", "body", "before the stop", "base", "0").status());
      for (int i = 0; i < 4; i++) { // round robin: both instances serve this session
        assertTrue(v.get("/wiki/Shared").body().contains("id=\"user\">scaler<"));
      }

      Services.stop(wikis[0]);

      TestResponse after = v.get("/wiki/Shared/edit");
      assertEquals(200, after.status(), after::body);
      assertTrue(after.body().contains("id=\"user\">scaler<"), "still logged in");
      TestResponse saved = v.post("/wiki/Shared/edit", "body", "after the stop", "base", "1");
      assertEquals(303, saved.status(), saved::body);
      assertTrue(v.get("/wiki/Shared").body().contains("after the stop"));
      String history = v.get("/wiki/Shared/history").body();
      assertEquals(List.of("2", "1"), revisions(history), history);
      assertTrue(v.get("/api/pages/Shared").body().contains("\"rev\": 2"));
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

  /** Round robin over both instances; a refused or failed upstream is retried on the other. */
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
        "      proxy_set_header Host $host:$server_port;",
        "      proxy_set_header X-Forwarded-Host $host:$server_port;",
        "      proxy_set_header X-Forwarded-For $remote_addr;",
        "      proxy_set_header X-Forwarded-Proto $scheme;",
        "    }",
        "  }",
        "}",
        "");
  }
}
