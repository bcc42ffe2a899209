package org.jcherry.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcherry.config.Setting;

/**
 * The {@code server.*} config of one HTTP server, with CherryPy's defaults: 127.0.0.1:8080, ten
 * worker threads (on JDK 21+, virtual threads instead: see {@link #virtualThreads}), 100 MiB
 * bodies, 500 KB headers, a ten second socket timeout, five seconds to finish the requests in
 * flight at stop. TLS when {@code ssl_certificate} and {@code ssl_private_key} (PEM files) are set,
 * with HTTP/2 offered over it unless {@code http2} is False (HTTP/2 is beyond CherryPy). {@code
 * io_threads}, beyond CherryPy too, is the number of threads that read requests: by default half
 * the cores, at least one, where every handler runs on the {@code thread_pool} threads, which need
 * the other half (cheroot reads with one); but one per core where some handler is served on the IO
 * thread ({@code @NonBlocking}), since those threads then run handlers too and one thread a core is
 * what lets such handlers use every core. {@code name} is {@code ""} for the main server and {@code
 * x} for one configured as {@code server.x.*}.
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

  /**
   * Every key of one server (without {@code server.[name.]}): what {@link #of} reads, and what the
   * checker knows; reading a key missing here fails, so the two cannot drift apart.
   */
  public static final Set<String> KEYS =
      Set.of(
          "socket_host",
          "socket_port",
          "thread_pool",
          "io_threads",
          "max_request_body_size",
          "max_request_header_size",
          "socket_timeout",
          "shutdown_timeout",
          "ssl_certificate",
          "ssl_private_key",
          "ssl_certificate_chain",
          "http2",
          "virtual_threads");

  /**
   * Reads the main server's {@code server.*} entries of {@code config}, for apps that serve no
   * handler on the IO thread.
   */
  public static ServerSettings from(Map<String, Object> config) {
    return from(config, false);
  }

  /**
   * Reads the main server's {@code server.*} entries of {@code config}; {@code ioHandlers}: whether
   * some handler it serves runs on the IO thread, which sets the default {@code io_threads}.
   */
  private static ServerSettings from(Map<String, Object> config, boolean ioHandlers) {
    Map<String, Object> own = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : config.entrySet()) {
      String k = e.getKey();
      if (k.startsWith(PREFIX) && k.indexOf('.', PREFIX.length()) < 0) {
        own.put(k.substring(PREFIX.length()), e.getValue());
      }
    }
    return of("", own, ioHandlers);
  }

  /**
   * The main server and one more per name used in {@code server.<name>.<key>} entries, CherryPy's
   * form for extra servers; an extra server starts from the defaults, not from the main one's
   * settings. {@code ioHandlers}: whether some handler the servers serve runs on the IO thread (see
   * {@link ServerSettings}'s {@code io_threads}).
   */
  public static List<ServerSettings> all(Map<String, Object> config, boolean ioHandlers) {
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
    out.add(from(config, ioHandlers));
    named.forEach((name, own) -> out.add(of(name, own, ioHandlers)));
    return out;
  }

  private static ServerSettings of(String name, Map<String, Object> c, boolean ioHandlers) {
    Reader r = new Reader(name.isEmpty() ? PREFIX : PREFIX + name + ".", c);
    String host = r.string("socket_host", "127.0.0.1");
    if (host.isEmpty()) {
      throw new IllegalArgumentException(
          r.label + "socket_host must not be empty; use '0.0.0.0' to listen on every address");
    }
    int port = (int) r.integer("socket_port", 8080, 0, 65535);
    String cert = r.string("ssl_certificate", null);
    String key = r.string("ssl_private_key", null);
    if ((cert == null) != (key == null)) {
      throw new IllegalArgumentException(
          r.label + "ssl_certificate and " + r.label + "ssl_private_key must be set together");
    }
    boolean virtual = virtualThreads(r);
    return new ServerSettings(
        name,
        host,
        port,
        // On virtual threads a bound on the requests served at once, not a thread count: unset,
        // as many as thread_pool allows at most, so slow handlers do not starve the rest.
        (int) r.integer("thread_pool", virtual ? 10_000 : 10, 1, 10_000),
        (int) r.integer("io_threads", defaultIoThreads(ioHandlers), 1, 10_000),
        r.integer("max_request_body_size", 104_857_600L, Long.MIN_VALUE, Long.MAX_VALUE),
        (int) r.integer("max_request_header_size", 512_000, Integer.MIN_VALUE, Integer.MAX_VALUE),
        (int) r.integer("socket_timeout", 10, Integer.MIN_VALUE, Integer.MAX_VALUE),
        r.read(Setting.number(r.label + "shutdown_timeout", 5)),
        cert,
        key,
        r.string("ssl_certificate_chain", null),
        r.read(Setting.bool(r.label + "http2", true)),
        virtual);
  }

  /** One IO thread a core where handlers run on them, else half the cores, at least one. */
  static int defaultIoThreads(boolean ioHandlers) {
    int cores = Runtime.getRuntime().availableProcessors();
    return ioHandlers ? cores : Math.max(1, cores / 2);
  }

  /**
   * {@code virtual_threads}: True runs each request on a virtual thread (JDK 21+), False on one of
   * {@code thread_pool} platform threads; unset, virtual threads wherever the JVM has them.
   */
  private static boolean virtualThreads(Reader r) {
    if (r.config().get("virtual_threads") == null) {
      return VirtualThreads.available();
    }
    boolean on = r.read(Setting.bool(r.label() + "virtual_threads", false));
    if (on && !VirtualThreads.available()) {
      throw new IllegalArgumentException(
          r.label()
              + "virtual_threads = True needs a JDK 21+ and a runtime built with one ("
              + VirtualThreads.why()
              + "); remove it to use platform threads");
    }
    return on;
  }

  private static final String WHERE = "the global config";

  /** Reads one server's keys (given without their {@code server.[name.]} prefix). */
  private record Reader(String label, Map<String, Object> config) {
    /** The value of {@code setting}, whose key is {@code label + key}. */
    <T> T read(Setting<T> setting) {
      String key = setting.key().substring(label.length());
      if (!KEYS.contains(key)) {
        throw new IllegalStateException("ServerSettings.KEYS lacks " + key);
      }
      return setting.read(config.get(key), WHERE);
    }

    /** A text value; empty is unset. */
    String string(String key, String fallback) {
      String s = read(Setting.string(label + key, ""));
      return s.isEmpty() ? fallback : s;
    }

    long integer(String key, long fallback, long min, long max) {
      return read(
          Setting.integer(label + key, fallback).where(n -> n >= min && n <= max, min + "-" + max));
    }
  }

  public boolean tls() {
    return sslCertificate != null;
  }

  /** {@code server} or {@code server.<name>}, for messages. */
  public String label() {
    return name.isEmpty() ? "server" : PREFIX + name;
  }
}
