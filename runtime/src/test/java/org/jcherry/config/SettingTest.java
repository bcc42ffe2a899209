package org.jcherry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each reader of {@link Setting}: what it takes, its default, and what it refuses. */
class SettingTest {
  private static final String WHERE = "app config section [/]";

  @Test
  void boolTakesPythonsLiteralsAndTheirText() {
    Setting<Boolean> on = Setting.bool("tools.gzip.on", false);
    for (Object yes : List.of(true, "True", "true", " TRUE ", 1, 1L, "1")) {
      assertEquals(true, on.read(yes, WHERE), String.valueOf(yes));
    }
    for (Object no : List.of(false, "False", "false", 0, 0L, "0")) {
      assertEquals(false, on.read(no, WHERE), String.valueOf(no));
    }
  }

  @Test
  void boolNeverReadsAnotherValueAsOff() {
    Setting<Boolean> on = Setting.bool("tools.gzip.on", false);
    for (Object bad : List.of("yes", "no", "on", "off", "none", "", 2, 0.0, List.of())) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> on.read(bad, WHERE), "" + bad);
      assertEquals(
          "tools.gzip.on must be True or False, not " + bad + " (in app config section [/])",
          e.getMessage());
    }
  }

  @Test
  void unsetAndNoneGiveTheDefault() {
    Map<String, Object> config = new HashMap<>();
    config.put("log.screen", null);
    assertEquals(true, Setting.bool("log.screen", true).from(config, WHERE));
    assertEquals(true, Setting.bool("log.other", true).from(config, WHERE));
    assertEquals(7L, Setting.integer("n", 7).from(config, WHERE));
    assertEquals("utf8", Setting.string("e", "utf8").from(config, WHERE));
  }

  @Test
  void integerTakesWholeNumbersAndTheirText() {
    Setting<Long> n = Setting.integer("server.socket_port", 8080);
    assertEquals(8081L, n.read(8081, WHERE));
    assertEquals(8081L, n.read(" 8081 ", WHERE));
    assertEquals(2L, n.read(2.0, WHERE));
    assertEquals(
        "server.socket_port must be a whole number, not 2.5 (in app config section [/])",
        assertThrows(IllegalArgumentException.class, () -> n.read(2.5, WHERE)).getMessage());
    assertEquals(
        "server.socket_port must be a number, not x (in app config section [/])",
        assertThrows(IllegalArgumentException.class, () -> n.read("x", WHERE)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> n.read(true, WHERE));
  }

  @Test
  void aRuleNamesWhatIsAllowed() {
    Setting<Long> pool = Setting.integer("server.thread_pool", 10).where(p -> p >= 1, "1 or more");
    assertEquals(3L, pool.read(3, null));
    assertEquals(
        "server.thread_pool must be 1 or more, not 0",
        assertThrows(IllegalArgumentException.class, () -> pool.read(0, null)).getMessage());
    assertEquals(
        "server.thread_pool must be a number, not many",
        assertThrows(IllegalArgumentException.class, () -> pool.read("many", null)).getMessage());
  }

  @Test
  void numberTakesAnyNumberAndItsText() {
    Setting<Double> n = Setting.number("server.shutdown_timeout", 5);
    assertEquals(0.5, n.read(0.5, WHERE));
    assertEquals(2.0, n.read("2", WHERE));
    assertEquals(5.0, n.read(null, WHERE));
    assertThrows(IllegalArgumentException.class, () -> n.read("soon", WHERE));
    assertThrows(IllegalArgumentException.class, () -> n.read(List.of(1), WHERE));
  }

  @Test
  void stringTakesAnyValueAsItsText() {
    Setting<String> s = Setting.string("request.query_string_encoding", "utf8");
    assertEquals("latin-1", s.read("latin-1", WHERE));
    assertEquals("8", s.read(8, WHERE));
  }

  @Test
  void durationIsANumberOfUnits() {
    Setting<Duration> d = Setting.duration("tools.sessions.timeout", ChronoUnit.MINUTES, 60);
    assertEquals(Duration.ofMinutes(60), d.read(null, WHERE));
    assertEquals(Duration.ofSeconds(90), d.read(1.5, WHERE));
    assertEquals(Duration.ofMinutes(2), d.read("2", WHERE));
    assertEquals(
        "tools.sessions.timeout must be a number of minutes, not -1 (in app config section [/])",
        assertThrows(IllegalArgumentException.class, () -> d.read(-1, WHERE)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> d.read("long", WHERE));
  }

  @Test
  void oneOfTakesItsNamesInAnyCase() {
    Setting<String> type = Setting.oneOf("tools.sessions.storage_type", "ram", "ram", "file");
    assertEquals("file", type.read("FILE", WHERE));
    assertEquals(
        "tools.sessions.storage_type must be one of ram, file, not disk (in app config section"
            + " [/])",
        assertThrows(IllegalArgumentException.class, () -> type.read("disk", WHERE)).getMessage());
  }

  @Test
  void listsTakeListsTuplesAndSingleValues() {
    Setting<List<String>> list = Setting.listOf("tools.gzip.mime_types", List.of("text/html"));
    assertEquals(List.of("a/b", "c/d"), list.read(Arrays.asList("a/b", "c/d"), WHERE));
    assertEquals(List.of("a/b, c/d"), list.read("a/b, c/d", WHERE));
    assertEquals(List.of("text/html"), list.read(null, WHERE));
    Setting<List<String>> names = Setting.names("request.methods_with_bodies", List.of());
    assertEquals(List.of("POST", "PUT"), names.read("POST, PUT", WHERE));
    assertEquals(List.of("POST"), names.read(List.of("POST"), WHERE));
  }

  @Test
  void instanceOfTakesOnlyItsType() {
    Setting<Path> p = Setting.instanceOf("x.path", Path.class, "a Path", null);
    assertEquals(Path.of("/tmp"), p.read(Path.of("/tmp"), WHERE));
    assertEquals(
        "x.path must be a Path, not /tmp (in app config section [/])",
        assertThrows(IllegalArgumentException.class, () -> p.read("/tmp", WHERE)).getMessage());
  }

  @Test
  void mergingChecksTypedKeysAndSwitches() {
    assertEquals(
        "tools.gzip.on must be True or False, not yes (in app config section [/])",
        assertThrows(
                IllegalArgumentException.class,
                () -> RequestKeys.check(Map.of("tools.gzip.on", "yes"), WHERE))
            .getMessage());
    assertEquals(
        "request.show_tracebacks must be True or False, not on (in the global config)",
        assertThrows(
                IllegalArgumentException.class,
                () -> new GlobalConfig().update(Map.of("request.show_tracebacks", "on")))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> RequestKeys.check(Map.of("request.body.maxbytes", -1), WHERE));
    RequestKeys.check(Map.of("tools.gzip.on", "True", "request.body.maxbytes", 10), WHERE);
  }
}
