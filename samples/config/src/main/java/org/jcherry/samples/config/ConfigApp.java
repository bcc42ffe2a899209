package org.jcherry.samples.config;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** config.py's app config for {@code /cfg} and the text its gzip handlers answer. */
public final class ConfigApp {
  private ConfigApp() {}

  static final String LONG_TEXT =
      IntStream.range(0, 60)
          .mapToObj(i -> String.format("config line %03d: the quick brown fox\n", i))
          .collect(Collectors.joining());

  /** config.py's {@code APP_CONFIG}: path sections of the {@code /cfg} app. */
  public static final Map<String, Map<String, Object>> APP_CONFIG =
      Map.of(
          "/section", Map.of("custom.colour", "green"),
          "/section/deeper", Map.of("custom.flavor", "deeper-path"),
          "/plain", Map.of("tools.response_headers.on", false, "custom.colour", "none"),
          "/sub", Map.of("tools.gzip.on", true),
          "/sub/nogz", Map.of("tools.gzip.on", false));
}
