package org.jcherry.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CherryPy's environments: a named set of config defaults that fill in what the same update does
 * not set itself ({@code environment = 'production'}). {@code embedded} sets {@code engine.SIGHUP}
 * and {@code engine.SIGTERM} to {@code null} (CherryPy's {@code None}): the host process owns the
 * signals.
 */
public final class Environments {
  private Environments() {}

  private static final Map<String, Map<String, Object>> ALL =
      Map.of(
          "staging", quiet(false, false),
          "production", quiet(false, true),
          "embedded", embedded(),
          "test_suite", quiet(true, true));

  /** The defaults of environment {@code name}. */
  public static Map<String, Object> named(String name) {
    Map<String, Object> env = ALL.get(name);
    if (env == null) {
      throw new IllegalArgumentException(
          "unknown environment '"
              + name
              + "'; use one of production, staging, embedded, test_suite");
    }
    return env;
  }

  /**
   * What every environment turns off, with tracebacks shown or not, and screen logging off or left
   * alone.
   */
  private static Map<String, Object> quiet(boolean showTracebacks, boolean screenOff) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("engine.autoreload.on", false);
    m.put("checker.on", false);
    m.put("tools.log_headers.on", false);
    m.put("request.show_tracebacks", showTracebacks);
    m.put("request.show_mismatched_params", showTracebacks);
    if (screenOff) {
      m.put("log.screen", false);
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> embedded() {
    Map<String, Object> m = new LinkedHashMap<>(quiet(false, true));
    m.put("engine.SIGHUP", null);
    m.put("engine.SIGTERM", null);
    return Collections.unmodifiableMap(m);
  }
}
