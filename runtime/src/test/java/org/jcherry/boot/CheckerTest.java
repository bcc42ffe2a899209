package org.jcherry.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker, as CherryPy's: each warning names the app, the section and the key, and says what to
 * do; config without a problem gets none; it runs at start outside production.
 */
class CheckerTest {
  @TempDir Path dir;

  private static List<String> check(Map<String, Object> global, Map<String, ?> appConfig) {
    GlobalConfig config = new GlobalConfig();
    config.update(global);
    Tree tree = new Tree(config);
    tree.mount(new Shop(), "/shop", appConfig);
    return Checker.warnings(tree);
  }

  private static void assertWarns(List<String> warnings, String... parts) {
    for (String w : warnings) {
      boolean all = true;
      for (String p : parts) {
        all &= w.contains(p);
      }
      if (all) {
        return;
      }
    }
    throw new AssertionError(
        "no warning with " + List.of(parts) + " in\n" + String.join("\n", warnings));
  }

  @Test
  void cleanConfigHasNoWarnings() throws Exception {
    Path page = Files.writeString(dir.resolve("404.html"), "%(status)s");
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("tools.staticdir.on", true);
    section.put("tools.staticdir.dir", dir.toString());
    section.put("error_page.404", page.toString());
    section.put("tools.gzip.on", true);
    section.put("tools.gzip.mime_types", List.of("text/plain"));
    assertEquals(
        List.of(),
        check(
            Map.of("server.socket_port", 9000, "log.screen", false, "engine.autoreload.on", false),
            Map.of("/static", section)));
  }

  @Test
  void unknownNamespacesAndToolsSayWhatWasMeant() {
    List<String> w =
        check(
            Map.of(),
            Map.of(
                "/",
                Map.of(
                    "tool.gzip.on", true,
                    "cherrypy.tools.etags.on", true,
                    "tools.gzpi.mime_types", List.of("text/plain"))));
    assertWarns(w, "app /shop, section [/]", "tool.gzip.on", "did you mean tools.gzip.on?");
    assertWarns(w, "app /shop, section [/]", "cherrypy.tools.etags.on", "write tools.etags.on");
    assertWarns(w, "tools.gzpi.mime_types", "no tool named 'gzpi'", "did you mean tools.gzip?");
  }

  @Test
  void misspeltSiteKeysAndSiteKeysInAppSections() {
    List<String> w =
        check(
            Map.of(
                "server.socket_prot", 9000,
                "server.admin.thread_pol", 2,
                "log.scren", false,
                "engine.autoreload.onn", true,
                "checker.check_static_path", false),
            Map.of("/", Map.of("server.socket_port", 9001, "engine.autoreload.on", false)));
    assertWarns(w, "[global]", "server.socket_prot", "did you mean server.socket_port?");
    assertWarns(w, "[global]", "server.admin.thread_pol", "did you mean server.admin.thread_pool?");
    assertWarns(w, "[global]", "log.scren", "did you mean log.screen?");
    assertWarns(w, "[global]", "engine.autoreload.onn", "did you mean engine.autoreload.on?");
    assertWarns(w, "checker.check_static_path", "did you mean checker.check_static_paths?");
    assertWarns(w, "app /shop, section [/]", "server.socket_port", "move it to [global]");
    assertWarns(w, "app /shop, section [/]", "engine.autoreload.on", "move it to [global]");
  }

  @Test
  void sectionsThatRepeatTheScriptName() {
    List<String> w = check(Map.of(), Map.of("/shop/item", Map.of("tools.etags.on", true)));
    assertWarns(w, "app /shop, section [/shop/item]", "write [/item]");
  }

  @Test
  void staticPathsThatDoNotExist() {
    Path missing = dir.resolve("nothing-here");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(
        "/static", Map.of("tools.staticdir.on", true, "tools.staticdir.dir", missing.toString()));
    config.put(
        "/robots.txt",
        Map.of(
            "tools.staticfile.on",
            true,
            "tools.staticfile.root",
            dir.toString(),
            "tools.staticfile.filename",
            "robots.txt"));
    config.put(
        "/both",
        Map.of(
            "tools.staticdir.on",
            true,
            "tools.staticdir.root",
            "/srv",
            "tools.staticdir.dir",
            dir.toString()));
    List<String> w = check(Map.of(), config);
    assertWarns(
        w, "section [/static]", "tools.staticdir.dir", missing.toString(), "does not exist");
    assertWarns(
        w, "section [/robots.txt]", "tools.staticfile.filename", "robots.txt", "does not exist");
    assertWarns(w, "section [/both]", "is absolute, so tools.staticdir.root = '/srv' is not used");
  }

  @Test
  void errorPagesAndFilesRelativeToTheWorkingDirectory() {
    Path missing = dir.resolve("500.html");
    List<String> w =
        check(
            Map.of("log.error_file", "logs/error.log", "error_page.default", missing.toString()),
            Map.of("/", Map.of("error_page.404", "pages/404.html")));
    assertWarns(w, "[global]", "log.error_file = 'logs/error.log' is relative", "make it absolute");
    assertWarns(w, "[global]", "error_page.default", missing.toString(), "does not exist");
    assertWarns(w, "app /shop, section [/]", "error_page.404 = 'pages/404.html' is relative");
    assertWarns(w, "app /shop, section [/]", "error_page.404", "does not exist");
  }

  @Test
  void eachCheckCanBeTurnedOff() {
    assertEquals(
        List.of(),
        check(
            Map.of(
                "checker.check_relative_paths", false,
                "checker.check_error_pages", false,
                "checker.check_config_namespaces", false),
            Map.of("/", Map.of("error_page.404", "pages/404.html", "tool.gzip.on", true))));
  }

  @Test
  void runsAtStartOutsideProductionIntoTheErrorLog() throws Exception {
    for (String env : new String[] {"", "production"}) {
      Path log = dir.resolve("error" + env + ".log");
      CherryServer server = CherryServer.empty().global("log.error_file", log.toString());
      if (!env.isEmpty()) {
        server.global("environment", env);
      }
      server.mount(new Shop(), "", Map.of("/", Map.of("tool.gzip.on", true)));
      server.start();
      server.stop();
      String text = Files.readString(log);
      assertEquals(
          env.isEmpty(),
          text.contains("WARNING: app /, section [/]: tool.gzip.on"),
          env + ": " + text);
    }
  }

  @Test
  void checkerOnFalseTurnsItOff() throws Exception {
    Path log = dir.resolve("error.log");
    CherryServer server =
        CherryServer.empty().global("log.error_file", log.toString()).global("checker.on", false);
    server.mount(new Shop(), "", Map.of("/", Map.of("tool.gzip.on", true)));
    server.start();
    server.stop();
    assertTrue(!Files.readString(log).contains("tool.gzip.on"), Files.readString(log));
  }
}
