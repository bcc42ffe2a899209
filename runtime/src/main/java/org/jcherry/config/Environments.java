package org.jcherry.config;

import java.util.Map;

/**
 * CherryPy's environments: a named set of config defaults that fill in what the same update does not
 * set itself ({@code environment = 'production'}).
 */
public final class Environments {
  private Environments() {}

  private static final Map<String, Object> QUIET =
      Map.of(
          "engine.autoreload.on", false,
          "checker.on", false,
          "tools.log_headers.on", false,
          "request.show_tracebacks", false,
          "request.show_mismatched_params", false);

  private static final Map<String, Map<String, Object>> ALL =
      Map.of(
          "staging", QUIET,
          "production", with(QUIET, "log.screen", false),
          "embedded", with(with(QUIET, "log.screen", false), "engine.SIGHUP", "None"),
          "test_suite",
              Map.of(
                  "engine.autoreload.on", false,
                  "checker.on", false,
                  "tools.log_headers.on", false,
                  "request.show_tracebacks", true,
                  "request.show_mismatched_params", true,
                  "log.screen", false));

  /** The defaults of environment {@code name}. */
  public static Map<String, Object> named(String name) {
    Map<String, Object> env = ALL.get(name);
    if (env == null) {
      throw new IllegalArgumentException(
          "unknown environment '" + name + "'; use one of production, staging, embedded, test_suite");
    }
    return env;
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    java.util.Map<String, Object> m = new java.util.HashMap<>(base);
    m.put(key, value);
    return Map.copyOf(m);
  }
}
