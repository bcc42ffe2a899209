package org.jcherry.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcherry.fixture.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Main's command line, as CherryPy's {@code cherryd}: what each option does, and one
 * line with exit status 2 for whatever it cannot use, never a stack trace.
 */
class LauncherTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int launch(String... args) {
    return Launcher.launch(
        "Shop_Main",
        args,
        Map.of("environment", "production"),
        List.of(Launcher.App.of(new Shop(), "/shop", Map.of())),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryOption() {
    assertEquals(0, launch("--help"));
    for (String option :
        new String[] {"--config", "--environment", "--pidfile", "--host", "--port", "--routes"}) {
      assertTrue(out().contains(option), out());
    }
    assertTrue(out().startsWith("Usage: Shop_Main [options]"), out());
  }

  @Test
  void misuseIsOneLineAndStatusTwo() throws Exception {
    Path bad = dir.resolve("bad.conf");
    Files.writeString(bad, "[global]\nserver.socket_port = 80 80\n");
    Path other = dir.resolve("other.conf");
    Files.writeString(other, "[elsewhere]\nx = 1\n");
    String[][] cases = {
      {"--bogus"},
      {"serve"},
      {"--port", "http"},
      {"--port"},
      {"-e", "prod"},
      {"-c", dir.resolve("missing.conf").toString()},
      {"-c", bad.toString()},
      {"-c", other.toString()},
      {"--routes", "--check"}
    };
    String[] says = {
      "unknown option --bogus",
      "unexpected argument serve",
      "--port needs a number from 0 to 65535, not http",
      "--port needs a value",
      "unknown environment 'prod'",
      "cannot read config file " + dir.resolve("missing.conf"),
      "Config error in " + bad + ", line 2, section [global], key 'server.socket_port'",
      "section [elsewhere] is neither [global] nor a path",
      "--routes and --check cannot be given together"
    };
    for (int i = 0; i < cases.length; i++) {
      err.reset();
      assertEquals(2, launch(cases[i]), String.join(" ", cases[i]));
      String message = err();
      assertTrue(message.startsWith("Shop_Main: "), message);
      assertTrue(message.contains(says[i]), message);
      assertEquals(1, message.lines().count(), message);
    }
  }

  @Test
  void configFilesLayInOrderThenEnvironmentThenHostAndPort() throws Exception {
    Path one = dir.resolve("one.conf");
    Files.writeString(
        one,
        "[global]\nserver.socket_port = 9001\nserver.thread_pool = 3\n"
            + "[/]\ntools.gzip.on = True\n");
    Path two = dir.resolve("two.conf");
    Files.writeString(two, "[global]\nserver.socket_port = 9002\n[/item]\ntools.etags.on = True\n");
    CommandLine cl =
        CommandLine.parse(
            new String[] {"-c", one.toString(), "--config=" + two, "-e", "staging", "--host", "::"},
            Map.of("environment", "production", "server.socket_host", "0.0.0.0"));
    assertEquals(9002L, ((Number) cl.global().get("server.socket_port")).longValue());
    assertEquals(3L, ((Number) cl.global().get("server.thread_pool")).longValue());
    assertEquals("staging", cl.global().get("environment"));
    assertEquals("::", cl.global().get("server.socket_host"));
    assertEquals(Map.of("tools.gzip.on", true), cl.appSections().get("/"));
    assertEquals(Map.of("tools.etags.on", true), cl.appSections().get("/item"));
  }

  @Test
  void routesListTheUrlSpaceWithTheToolsOnForEach() throws Exception {
    Path conf = dir.resolve("site.conf");
    Files.writeString(conf, "[/]\ntools.gzip.on = True\n[/catalog]\ntools.etags.on = True\n");
    assertEquals(0, launch("--routes", "-c", conf.toString()), err());
    assertEquals(
        String.join(
            "\n",
            "/shop/             Shop.index()                             tools: gzip",
            "/shop/item         Shop.item(int id, String color = plain)  tools: gzip",
            "/shop/go           Shop.go()                                tools: gzip",
            "/shop/internal     Shop.internal()                          tools: gzip",
            "/shop/boom         Shop.boom()                              tools: gzip",
            "/shop/catalog/...  Catalog.default_(String... rest)         tools: etags, gzip",
            ""),
        out());
  }

  @Test
  void checkMountsWithoutServing() {
    assertEquals(0, launch("--check"), err());
    assertTrue(out().contains("mounts, 0 warning(s)"), out());
  }

  @Test
  void checkWarnsOfToolArgumentsWithoutTheirTool() throws Exception {
    Path conf = dir.resolve("site.conf");
    Files.writeString(
        conf,
        "[/]\ntools.etags.on = True\n"
            + "[/item]\ntools.gzip.mime_types = ['text/plain']\ntools.etags.autotags = True\n");
    assertEquals(0, launch("--check", "-c", conf.toString()), err());
    assertEquals(
        "WARNING: app /shop, section [/item]: tools.gzip.mime_types is set but tools.gzip.on is"
            + " not, so the tool does not run; set tools.gzip.on = True or remove the key\n"
            + "Shop_Main: the config of every app mounts, 1 warning(s)\n",
        out());
  }
}
