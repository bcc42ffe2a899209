package org.jcherry.server;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.HttpContinueReadHandler;
import java.net.InetSocketAddress;
import java.util.List;
import org.jcherry.app.Tree;
import org.jcherry.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

/**
 * An HTTP server serving a {@link Tree}, CherryPy's {@code cherrypy.server}: subscribed to the
 * engine, it binds when the engine starts (priority 75) and stops when it stops (priority 25).
 */
public final class HttpServer {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.engine");

  private final Tree tree;
  private final ServerSettings settings;
  private Undertow undertow;
  private int boundPort = -1;

  public HttpServer(Tree tree, ServerSettings settings) {
    this.tree = tree;
    this.settings = settings;
  }

  /** Starts and stops with {@code engine}. */
  public HttpServer subscribe(Engine engine) {
    engine.subscribe("start", this::start, 75);
    engine.subscribe("stop", this::stop, 25);
    return this;
  }

  /** Binds and starts serving; a busy port fails at once, naming host and port. */
  public synchronized void start() {
    if (undertow != null) {
      return;
    }
    Undertow u =
        Undertow.builder()
            .addHttpListener(settings.port(), settings.host())
            .setWorkerThreads(settings.threadPool())
            .setServerOption(UndertowOptions.DECODE_URL, false)
            .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, settings.maxRequestBodySize())
            .setServerOption(UndertowOptions.MAX_HEADER_SIZE, settings.maxRequestHeaderSize())
            .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, settings.socketTimeoutSeconds() * 1000)
            .setSocketOption(Options.READ_TIMEOUT, settings.socketTimeoutSeconds() * 1000)
            // Answers "Expect: 100-continue" with "100 Continue" when the body is first read, as cheroot does.
            .setHandler(
                new HttpContinueReadHandler(
                    new ExchangeHandler(tree, settings.host(), settings.maxRequestBodySize())))
            .build();
    try {
      u.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Could not serve on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e), e);
    }
    undertow = u;
    List<Undertow.ListenerInfo> listeners = u.getListenerInfo();
    boundPort = ((InetSocketAddress) listeners.get(0).getAddress()).getPort();
    LOG.info("[ENGINE] Serving on http://{}:{}", settings.host(), boundPort);
  }

  /** Stops accepting and closes the server. */
  public synchronized void stop() {
    if (undertow != null) {
      undertow.stop();
      undertow = null;
      LOG.info("[ENGINE] HTTP server {}:{} shut down", settings.host(), boundPort);
    }
  }

  /** The port bound, useful with {@code socket_port = 0}; -1 before start. */
  public int boundPort() {
    return boundPort;
  }

  public ServerSettings settings() {
    return settings;
  }

  /** {@code http://host[:port]}, the base of URLs made outside a request. */
  public String base() {
    int port = boundPort > 0 ? boundPort : settings.port();
    String host = settings.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + (port == 80 ? "" : ":" + port);
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) {
      c = c.getCause();
    }
    return c.getMessage() == null ? c.toString() : c.getMessage();
  }
}
