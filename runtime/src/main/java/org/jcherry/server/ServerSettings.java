package org.jcherry.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code server.*} config of one HTTP server, with CherryPy's defaults: 127.0.0.1:8080, ten
 * worker threads (on JDK 21+, virtual threads instead: see {@link #virtualThreads}), 100 MiB
 * bodies, 500 KB headers, a ten second socket timeout, five seconds to finish the requests in
 * flight at stop. TLS when {@code ssl_certificate} and {@code ssl_private_key} (PEM files) are set,
 * with HTTP/2 offered over it unless {@code http2} is False (HTTP/2 is beyond CherryPy). {@code
 * io_threads}, beyond CherryPy too, is the number of threads that read requests and write nothing
 * but Undertow's own answers: half the cores, at least one, since the handlers run on the {@code
 * thread_pool} threads and need the other half (cheroot reads with one). {@code name} is {@code ""}
 * for the main server and {@code x} for one configured as {@code server.x.*}.
 */
public record ServerSettings(
    String name,
    String host,
    int port,
    int threadPool,
    int ioThreads,
    long maxRequestBodySize,
    int maxRequestHeaderSize,
    int socketTimeoutSeconds,
    double shutdownTimeoutSeconds,
    String sslCertificate,
    String sslPrivateKey,
    String sslCertificateChain,
    boolean http2,
    boolean virtualThreads) {

  private static final String PREFIX = "server.";

  /** Reads the main server's {@code server.*} entries of {@code config}. */
  public static ServerSettings from(Map<String, Object> config) {
    Map<String, Object> own = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : config.entrySet()) {
      String k = e.getKey();
      if (k.startsWith(PREFIX) && k.indexOf('.', PREFIX.length()) < 0) {
        own.put(k.substring(PREFIX.length()), e.getValue());
      }
    }
    return of("", own);
  }

  /**
   * The main server and one more per name used in {@code server.<name>.<key>} entries, CherryPy's
   * form for extra servers; an extra server starts from the defaults, not from the main one's
   * settings.
   */
  public static List<ServerSettings> all(Map<String, Object> config) {
    Map<String, Map<String, Object>> named = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : config.entrySet()) {
      String k = e.getKey();
      int dot = k.startsWith(PREFIX) ? k.indexOf('.', PREFIX.length()) : -1;
      if (dot > 0) {
        named
            .computeIfAbsent(k.substring(PREFIX.length(), dot), n -> new LinkedHashMap<>())
            .put(k.substring(dot + 1), e.getValue());
      }
    }
    List<ServerSettings> out = new ArrayList<>();
    out.add(from(config));
    named.forEach((name, own) -> out.add(of(name, own)));
    return out;
  }

  private static ServerSettings of(String name, Map<String, Object> c) {
    String label = name.isEmpty() ? PREFIX : PREFIX + name + ".";
    String host = string(c.get("socket_host"), "127.0.0.1");
    if (host.isEmpty()) {
      throw new IllegalArgumentException(
          label + "socket_host must not be empty; use '0.0.0.0' to listen on every address");
    }
    int port = (int) number(label, "socket_port", c, 8080);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(label + "socket_port must be 0-65535, not " + port);
    }
    String cert = string(c.get("ssl_certificate"), null);
    String key = string(c.get("ssl_private_key"), null);
    if ((cert == null) != (key == null)) {
      throw new IllegalArgumentException(
          label + "ssl_certificate and " + label + "ssl_private_key must be set together");
    }
    Object shutdown = c.get("shutdown_timeout");
    boolean virtual = virtualThreads(label, c);
    return new ServerSettings(
        name,
        host,
        port,
        // On virtual threads a bound on the requests served at once, not a thread count: unset,
        // as many as thread_pool allows at most, so slow handlers do not starve the rest.
        atLeastOne(label, "thread_pool", c, virtual ? 10_000 : 10),
        atLeastOne(
            label, "io_threads", c, Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
        number(label, "max_request_body_size", c, 104_857_600L),
        (int) number(label, "max_request_header_size", c, 512_000),
        (int) number(label, "socket_timeout", c, 10),
        shutdown == null ? 5 : decimal(label + "shutdown_timeout", shutdown),
        cert,
        key,
        string(c.get("ssl_certificate_chain"), null),
        !"false".equalsIgnoreCase(string(c.get("http2"), "true")),
        virtual);
  }

  /**
   * {@code virtual_threads}: True runs each request on a virtual thread (JDK 21+), False on one of
   * {@code thread_pool} platform threads; unset, virtual threads wherever the JVM has them.
   */
  private static boolean virtualThreads(String label, Map<String, Object> c) {
    String v = string(c.get("virtual_threads"), null);
    if (v == null) {
      return VirtualThreads.available();
    }
    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(
          label + "virtual_threads must be True or False, not '" + v + "'");
    }
    boolean on = v.equalsIgnoreCase("true");
    if (on && !VirtualThreads.available()) {
      throw new IllegalArgumentException(
          label
              + "virtual_threads = True needs a JDK 21+ and a runtime built with one ("
              + VirtualThreads.why()
              + "); remove it to use platform threads");
    }
    return on;
  }

  public boolean tls() {
    return sslCertificate != null;
  }

  /** {@code server} or {@code server.<name>}, for messages. */
  public String label() {
    return name.isEmpty() ? "server" : PREFIX + name;
  }

  private static String string(Object v, String fallback) {
    return v == null || v.toString().isEmpty() ? fallback : v.toString();
  }

  private static long number(String label, String key, Map<String, Object> c, long fallback) {
    Object v = c.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number) {
      return ((Number) v).longValue();
    }
    try {
      return Long.parseLong(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(label + key + " must be a number, not '" + v + "'");
    }
  }

  private static int atLeastOne(String label, String key, Map<String, Object> c, int fallback) {
    long n = number(label, key, c, fallback);
    if (n < 1 || n > 10_000) {
      throw new IllegalArgumentException(label + key + " must be 1-10000, not " + n);
    }
    return (int) n;
  }

  private static double decimal(String key, Object v) {
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    try {
      return Double.parseDouble(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number of seconds, not '" + v + "'");
    }
  }
}
