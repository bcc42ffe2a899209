package org.jcherry.server;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.util.DateUtils;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.jcherry.app.Tree;
import org.jcherry.engine.Engine;
import org.jcherry.log.AccessLog;
import org.jcherry.log.ErrorLog;
import org.xnio.OptionMap;
import org.xnio.Xnio;

/**
 * An HTTP server serving a {@link Tree}, CherryPy's {@code cherrypy.server}: subscribed to an
 * engine, it binds when the engine starts (priority 75), publishes the engine's request channels
 * around every request, and stops when the engine stops (priority 25), finishing the requests in
 * flight within {@code server.shutdown_timeout}.
 */
public final class HttpServer {
  /** How long a stop waits, at most, for idle kept-alive connections to be closed by clients. */
  private static final long CLOSE_LINGER = 1000;

  /** How long a stop waits, at most, for requests cut off at its deadline to clean up. */
  private static final long CUT_OFF_CLEANUP = 1000;

  private final Tree tree;
  private final ServerSettings settings;
  private final AccessLog accessLog;
  private volatile Engine engine;
  private HttpListener listener;
  private InFlight inFlight;
  private RequestThreads pool;
  private volatile int boundPort = -1;

  /** A server that logs access lines only to SLF4J and publishes no request channels. */
  public HttpServer(Tree tree, ServerSettings settings) {
    this(tree, settings, AccessLog.slf4jOnly(), null);
  }

  /**
   * A server that writes {@code accessLog} and publishes {@code engine}'s request channels ({@code
   * acquire_thread}, {@code before_request}, {@code after_request}); {@code engine} may be {@code
   * null}.
   */
  public HttpServer(Tree tree, ServerSettings settings, AccessLog accessLog, Engine engine) {
    this.tree = tree;
    this.settings = settings;
    this.accessLog = accessLog;
    this.engine = engine;
  }

  /** Starts and stops with {@code engine} and publishes its request channels. */
  public HttpServer subscribe(Engine engine) {
    this.engine = engine;
    engine.subscribe("start", this::start, 75);
    engine.subscribe("stop", this::stop, 25);
    return this;
  }

  /**
   * Does the one-off work of Undertow's start and first answer ahead of time: creates the platform
   * MBean server, which XNIO registers every worker with (the largest single cost of starting
   * Undertow, about 100 ms), loads Undertow's and XNIO's classes, and formats a {@code Date}
   * header, whose first use loads the JDK's locale and calendar data (about 40 ms of the first
   * request). Each step is thread-safe and happens once, so running it ahead of {@link #start}
   * never costs.
   */
  public static void preload() {
    ManagementFactory.getPlatformMBeanServer();
    Xnio.getInstance(HttpServer.class.getClassLoader());
    Undertow.builder();
    DateUtils.toDateString(new Date());
  }

  /**
   * Runs {@link #preload} on a daemon thread, so that on a second core it overlaps the
   * application's own start-up (mounting, plan checks) instead of following it. The generated Main
   * and {@code Cherry.quickstart} call it first.
   */
  public static void preloadInBackground() {
    Thread t =
        new Thread(
            () -> {
              try {
                preload();
              } catch (RuntimeException | LinkageError e) {
                // Only a head start: start() meets and reports any real problem itself.
              }
            },
            "jcherry-preload");
    t.setDaemon(true);
    t.start();
  }

  /** Binds and starts serving; a busy port fails at once, naming host and port. */
  public synchronized void start() {
    if (listener != null) {
      return;
    }
    RequestThreads pool = RequestThreads.of(settings);
    ExchangeHandler exchanges =
        new ExchangeHandler(tree, settings.host(), settings, accessLog, engine, pool);
    int timeoutMillis = settings.socketTimeoutSeconds() * 1000;
    OptionMap.Builder options =
        OptionMap.builder()
            .set(UndertowOptions.DECODE_URL, false)
            // cheroot names no Connection on a kept-alive HTTP/1.1 answer: keep-alive is the
            // default.
            .set(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, false)
            .set(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
            // Pipelined answers go out one by one: a buffered one would be lost, or overtaken by
            // StrictFramingConduit's refusal of a faulty request after it.
            .set(UndertowOptions.BUFFER_PIPELINED_DATA, false)
            // The body limits are ours (server.max_request_body_size, request.body.maxbytes),
            // answered 413; Undertow's 2 MiB default would cut bigger uploads off.
            .set(UndertowOptions.MAX_ENTITY_SIZE, 0L)
            // Room above the limit so that Admission answers cheroot's 413 for most oversized
            // heads; beyond it Undertow's own 400 still bounds the memory a request takes.
            .set(
                UndertowOptions.MAX_HEADER_SIZE,
                (int) Math.min(Integer.MAX_VALUE, settings.maxRequestHeaderSize() + 65_536L))
            .set(UndertowOptions.ENABLE_HTTP2, settings.tls() && settings.http2());
    // server.socket_timeout, as cheroot's socket timeout: a request head must arrive, and a
    // keep-alive connection may idle between requests, that long; ExchangeHandler bounds each
    // wait of a body read or write itself (ClientWait). Not Undertow's timeout conduits:
    // READ_TIMEOUT and WRITE_TIMEOUT arm a timer on the IO thread per request, and IDLE_TIMEOUT's
    // turns a timed write wait into an endless one (SocketTimeoutTest).
    options.set(UndertowOptions.REQUEST_PARSE_TIMEOUT, timeoutMillis > 0 ? timeoutMillis : -1);
    options.set(UndertowOptions.NO_REQUEST_TIMEOUT, timeoutMillis > 0 ? timeoutMillis : -1);
    HttpListener u;
    try {
      u =
          HttpListener.open(
              settings.host(),
              settings.port(),
              settings.ioThreads(),
              // Requests run on the RequestThreads; XNIO's own workers only do Undertow's side
              // tasks (TLS handshakes), and start lazily; on virtual threads thread_pool is no
              // thread count.
              settings.virtualThreads() ? 10 : settings.threadPool(),
              options.getMap(),
              settings.tls()
                  ? PemKeys.sslContext(
                      settings.sslCertificate(),
                      settings.sslPrivateKey(),
                      settings.sslCertificateChain())
                  : null,
              settings.http2(),
              pool.threadPerRequest(),
              exchanges);
    } catch (IOException | RuntimeException e) {
      pool.stop();
      throw new IllegalStateException(
          "Could not serve "
              + settings.label()
              + " on "
              + settings.host()
              + ":"
              + settings.port()
              + ": "
              + rootMessage(e),
          e);
    }
    listener = u;
    this.inFlight = exchanges.inFlight();
    this.pool = pool;
    boundPort = u.port();
    log("Serving on " + base());
  }

  /**
   * Turns new requests away (503), gives the requests in flight {@code server.shutdown_timeout} to
   * finish, then closes the listener and every connection.
   */
  public void stop() throws InterruptedException {
    HttpListener u;
    InFlight x;
    RequestThreads p;
    synchronized (this) {
      u = listener;
      x = inFlight;
      p = pool;
      listener = null;
      inFlight = null;
      pool = null;
    }
    if (u == null) {
      return;
    }
    boolean cutOff = false;
    try {
      // Not ListenerInfo.suspend(): it closes every open connection, requests in flight included.
      // Until the listener closes, new requests are answered 503 instead.
      x.shutdown();
      // No new connection from now on: one accepted now would only be cut off at the end.
      u.stopAccepting();
      long grace = (long) (settings.shutdownTimeoutSeconds() * 1000);
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(grace);
      boolean idle = x.awaitIdle(deadline);
      if (!idle) {
        log(
            "Requests still in flight after server.shutdown_timeout ("
                + settings.shutdownTimeoutSeconds()
                + " s) are cut off");
        cutOff = true;
        x.cutOffNow();
      } else {
        // Kept-alive connections get a moment to end themselves: a request on one is answered
        // 503 with Connection: close, instead of meeting a connection closed under it.
        u.awaitConnectionsClosed(
            Math.min(deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_LINGER)));
      }
    } finally {
      u.close(1000);
      if (cutOff) {
        // Their waits for the client end within ClientWait's slice: give them a moment to finish
        // (deleting their upload spool files) before the process may exit under them.
        x.awaitIdle(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CUT_OFF_CLEANUP));
      }
      p.stop();
      log("HTTP Server " + settings.host() + ":" + boundPort + " shut down");
    }
  }

  /** The port bound, useful with {@code socket_port = 0}; -1 before start. */
  public int boundPort() {
    return boundPort;
  }

  public ServerSettings settings() {
    return settings;
  }

  public AccessLog accessLog() {
    return accessLog;
  }

  /** {@code http(s)://host[:port]}, the base of URLs made outside a request. */
  public String base() {
    int port = boundPort > 0 ? boundPort : settings.port();
    String host = settings.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    String scheme = settings.tls() ? "https" : "http";
    boolean defaultPort = port == (settings.tls() ? 443 : 80);
    return scheme
        + "://"
        + (host.contains(":") ? "[" + host + "]" : host)
        + (defaultPort ? "" : ":" + port);
  }

  private void log(String message) {
    Engine e = engine;
    if (e != null) {
      e.log(message);
    } else {
      ErrorLog.log("ENGINE", message, ErrorLog.INFO, null);
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) {
      c = c.getCause();
    }
    return c.getMessage() == null ? c.toString() : c.getMessage();
  }
}
