package org.jcherry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environments, key for key as CherryPy 18.8's {@code cherrypy._cpconfig.environments}. */
class EnvironmentsTest {
  private static final Map<String, Object> STAGING =
      Map.of(
          "engine.autoreload.on",
          false,
          "checker.on",
          false,
          "tools.log_headers.on",
          false,
          "request.show_tracebacks",
          false,
          "request.show_mismatched_params",
          false);

  @Test
  void matchCherryPy() {
    assertEquals(STAGING, Environments.named("staging"));
    Map<String, Object> production = new HashMap<>(STAGING);
    production.put("log.screen", false);
    assertEquals(production, Environments.named("production"));
    Map<String, Object> embedded = new HashMap<>(production);
    embedded.put("engine.SIGHUP", null);
    embedded.put("engine.SIGTERM", null);
    assertEquals(embedded, Environments.named("embedded"));
    Map<String, Object> testSuite = new HashMap<>(production);
    testSuite.put("request.show_tracebacks", true);
    testSuite.put("request.show_mismatched_params", true);
    assertEquals(testSuite, Environments.named("test_suite"));
  }

  @Test
  void environmentFillsOnlyWhatTheUpdateLeavesOut() {
    GlobalConfig config = new GlobalConfig();
    config.update(Map.of("environment", "production", "request.show_tracebacks", true));
    assertEquals(true, config.get("request.show_tracebacks"));
    assertEquals(false, config.get("request.show_mismatched_params"));
    assertEquals(false, config.get("log.screen"));
  }

  @Test
  void unknownEnvironmentFails() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new GlobalConfig().update(Map.of("environment", "prod")));
  }
}
