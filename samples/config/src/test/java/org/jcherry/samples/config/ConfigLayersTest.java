package org.jcherry.samples.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcherry.app.Application;
import org.jcherry.config.ConfigFile;
import org.jcherry.config.ConfigNamespace;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Config layers over a socket: an INI config file, request.* and response.* keys, custom namespaces
 * at the global, app and request levels, and the plan of a config scope made once.
 */
class ConfigLayersTest {
  /** Plans made by the request namespace {@code custom}: one per config scope, not per request. */
  static final AtomicInteger PLANS = new AtomicInteger();

  static final String APP_CONF =
      "[DEFAULT]\n"
          + "colour: 'blue'\n"
          + "[global]\n"
          + "environment: 'production'\n"
          + "[/]\n"
          + "custom.colour: %(colour)s\n"
          + "response.headers.X-From: 'file'\n"
          + "[/section]\n"
          + "custom.colour = 'dark ' + %(colour)s\n"
          + "request.show_tracebacks = True\n";

  @RegisterExtension static final CherryServer server = server();

  private static CherryServer server() {
    CherryServer s =
        CherryServer.empty()
            .mount(new CfgRoot(), "/cfg", ConfigApp.APP_CONFIG)
            .mount(new CfgRoot(), "/file", ConfigFile.read(write(APP_CONF)))
            .global("environment", "production");
    s.app("/cfg")
        .registerRequestNamespace(
            "custom",
            entries -> {
              PLANS.incrementAndGet();
              String flavor = String.valueOf(entries.get("flavor"));
              return (request, response) -> response.headers().put("X-Flavor", flavor);
            });
    return s;
  }

  private static Path write(String text) {
    try {
      Path file = Files.createTempFile("jcherry-config-", ".conf");
      file.toFile().deleteOnExit();
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void configFileSectionsDefaultsAndInterpolationReachHandlers(TestClient client) {
    TestResponse root = client.get("/file/");
    assertEquals("flavor=root-class colour=blue", root.body());
    assertEquals("file", root.header("X-From"));
    assertEquals("flavor=section-class colour=dark blue", client.get("/file/section/").body());
  }

  @Test
  void requestKeysSetRequestAttributesPerPath(TestClient client) {
    // request.show_tracebacks = True in [/section] of the file, production everywhere else.
    assertTrue(client.get("/file/section/nothing").body().contains("NotFound"), "traceback shown");
    assertFalse(client.get("/file/nothing").body().contains("NotFound"), "no traceback");
  }

  @Test
  void requestNamespaceIsPlannedOncePerConfigScope(TestClient client) {
    int before = PLANS.get();
    for (int i = 0; i < 3; i++) {
      assertEquals("root-class", client.get("/cfg/").header("X-Flavor"));
      assertEquals("method", client.get("/cfg/section/special").header("X-Flavor"));
    }
    int afterFirstRound = PLANS.get();
    assertTrue(
        afterFirstRound - before <= 2,
        "at most one plan per scope, got " + (afterFirstRound - before));
    client.get("/cfg/");
    client.get("/cfg/section/special");
    assertEquals(afterFirstRound, PLANS.get(), "served again from the kept plans");
  }

  @Test
  void appNamespacesGetTheRootSectionOnMerge() {
    Application app = new Application(new CfgRoot(), "/x", Map.of(), server.config());
    List<String> seen = new ArrayList<>();
    app.namespaces()
        .register(
            "db",
            new ConfigNamespace() {
              @Override
              public void begin() {
                seen.add("begin");
              }

              @Override
              public void apply(String key, Object value) {
                seen.add(key + "=" + value);
              }

              @Override
              public void end() {
                seen.add("end");
              }
            });
    app.merge(
        Map.of("/", Map.of("db.url", "mem:1", "other.x", 1), "/sub", Map.of("db.url", "ignored")));
    assertEquals(List.of("begin", "url=mem:1", "end"), seen);
    // findConfig walks a path's sections up to "/", then the global config.
    assertEquals("ignored", app.findConfig("/sub/deeper", "db.url", null));
    assertEquals("mem:1", app.findConfig("/other", "db.url", null));
    assertEquals(true, app.findConfig("/other", "tools.encode.on", null));
    assertEquals("fallback", app.findConfig("/", "nope.x", "fallback"));
  }

  @Test
  void globalNamespacesGetEachUpdate() {
    List<String> seen = new ArrayList<>();
    server.config().namespaces().register("mine", (key, value) -> seen.add(key + "=" + value));
    server.config().update(Map.of("mine.level", 3L, "unrelated.x", 1));
    assertEquals(List.of("level=3"), seen);
    server.config().update(Map.of("global", Map.of("mine.level", 4L)));
    assertEquals(List.of("level=3", "level=4"), seen);
  }

  @Test
  void unknownRequestAndResponseKeysFailWhenMerged() {
    Application app = server.app("/cfg");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> app.merge(Map.of("/x", Map.of("request.show_tracebaks", true))));
    assertEquals(
        "Unknown config key request.show_tracebaks in app config section [/x]; the request settings are"
            + " dispatch, error_response, methods_with_bodies, process_request_body, query_string_encoding,"
            + " show_mismatched_params, show_tracebacks, body.*",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> server.config().update(Map.of("response.bogus", 1)));
    assertNull(server.config().get("response.bogus"));
  }

  @Test
  void appConfigNeedsSections() {
    Application app = server.app("/cfg");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> app.merge(Map.of("tools.gzip.on", true)));
    assertTrue(e.getMessage().startsWith("Application config must have sections"), e.getMessage());
  }
}
