package org.jcherry.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.HTTPError;
import org.jcherry.testing.CherryServer;
import org.jcherry.tools.auth.CheckPassword;
import org.jcherry.tools.auth.GetHa1;
import org.jcherry.tools.fixture.Files;
import org.jcherry.tools.fixture.Fixture;
import org.jcherry.tools.fixture.Hooked;
import org.jcherry.tools.fixture.MyTools;

/** The server of the tool tests: the fixture tree with hooks, static files and a custom toolbox. */
final class ToolTests {
  private ToolTests() {}

  static CherryServer server() {
    CherryServer server =
        CherryServer.empty().global("environment", "production").global("tools.cpstats.on", true);
    server.mount(new Fixture(), "", fixtureConfig());
    server.app("").addToolbox(MyTools.mine());
    server.mount(new Hooked(), "/fs", Map.of("/", failingHooks(new HTTPError(403, "stop"))));
    server.mount(
        new Hooked(), "/fs500", Map.of("/", failingHooks(new IllegalStateException("hook broke"))));
    return server;
  }

  private static Map<String, Map<String, Object>> fixtureConfig() {
    Map<String, Map<String, Object>> config = new LinkedHashMap<>();
    config.put(
        "/static",
        Map.of(
            "tools.staticdir.on",
            true,
            "tools.staticdir.dir",
            Files.STATIC.toString(),
            "tools.staticdir.index",
            "index.html"));
    config.put(
        "/assets",
        Map.of(
            "tools.staticdir.on",
            true,
            "tools.staticdir.root",
            Files.STATIC.getParent().toString(),
            "tools.staticdir.dir",
            "static",
            "tools.staticdir.match",
            "\\.txt$",
            "tools.staticdir.content_types",
            Map.of("txt", "text/x-note")));
    Map<String, Object> hooks = new LinkedHashMap<>();
    for (HookPoint p : HookPoint.values()) {
      if (p != HookPoint.BEFORE_HANDLER) {
        hooks.put("hooks." + p.configName(), Hooked.record(p.configName()));
      }
    }
    hooks.put(
        "hooks.before_handler",
        new Hook(HookPoint.BEFORE_HANDLER, 50, false, "p50", Hooked.record("p50")));
    hooks.put(
        "hooks.before_handler.late",
        new Hook(HookPoint.BEFORE_HANDLER, 90, false, "p90", Hooked.record("p90")));
    hooks.put(
        "hooks.before_handler.first",
        new Hook(HookPoint.BEFORE_HANDLER, 10, false, "p10", Hooked.record("p10")));
    hooks.put(
        "hooks.before_handler.2",
        new Hook(HookPoint.BEFORE_HANDLER, 20, false, "p20", Hooked.record("p20")));
    config.put("/hooked", hooks);
    config.put(
        "/toolset/basic",
        Map.of(
            "tools.auth_basic.on",
            true,
            "tools.auth_basic.realm",
            "earth",
            "tools.auth_basic.checkpassword",
            CheckPassword.of(Map.of("alice", "wonderland", "j\u00fcrgen", "gr\u00fcn"))));
    config.put(
        "/toolset/digest",
        Map.of(
            "tools.auth_digest.on",
            true,
            "tools.auth_digest.realm",
            "wonderland",
            "tools.auth_digest.key",
            "a565c27146791cfb",
            "tools.auth_digest.get_ha1",
            GetHa1.ofPlain(Map.of("jim", "ruby"))));
    return config;
  }

  /** A first before_handler hook that fails, a plain one after it and a failsafe one. */
  private static Map<String, Object> failingHooks(RuntimeException error) {
    return Map.of(
        "hooks.before_handler",
            new Hook(HookPoint.BEFORE_HANDLER, 10, false, "fails", Hooked.fail("fails", error)),
        "hooks.before_handler.2",
            new Hook(HookPoint.BEFORE_HANDLER, 20, false, "plain", Hooked.record("plain")),
        "hooks.before_handler.3",
            new Hook(HookPoint.BEFORE_HANDLER, 30, true, "failsafe", Hooked.record("failsafe")));
  }
}
