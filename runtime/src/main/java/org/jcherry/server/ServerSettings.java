package org.jcherry.server;

import java.util.Map;

/**
 * The {@code server.*} config of one HTTP server, with CherryPy's defaults: 127.0.0.1:8080, ten
 * worker threads, 100 MiB bodies, 500 KB headers, a ten second socket timeout.
 */
public record ServerSettings(
    String host,
    int port,
    int threadPool,
    long maxRequestBodySize,
    int maxRequestHeaderSize,
    int socketTimeoutSeconds) {

  /** Reads {@code server.*} entries of {@code config}. */
  public static ServerSettings from(Map<String, Object> config) {
    String host = string(config.get("server.socket_host"), "127.0.0.1");
    if (host.isEmpty()) {
      throw new IllegalArgumentException(
          "server.socket_host must not be empty; use '0.0.0.0' to listen on every address");
    }
    return new ServerSettings(
        host,
        (int) number(config.get("server.socket_port"), 8080),
        (int) number(config.get("server.thread_pool"), 10),
        number(config.get("server.max_request_body_size"), 104_857_600L),
        (int) number(config.get("server.max_request_header_size"), 512_000),
        (int) number(config.get("server.socket_timeout"), 10));
  }

  private static String string(Object v, String fallback) {
    return v == null ? fallback : v.toString();
  }

  private static long number(Object v, long fallback) {
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number) {
      return ((Number) v).longValue();
    }
    try {
      return Long.parseLong(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("server setting must be a number, not '" + v + "'");
    }
  }
}
