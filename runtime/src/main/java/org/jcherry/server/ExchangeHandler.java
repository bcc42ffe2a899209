package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.Protocols;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcherry.app.Tree;
import org.jcherry.engine.Engine;
import org.jcherry.http.BodyLimit;
import org.jcherry.http.HeaderText;
import org.jcherry.http.Host;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.AccessLog;
import org.jcherry.log.ErrorLog;
import org.xnio.IoUtils;

/**
 * The one Undertow handler of a JCherry server: moves the exchange to a {@link WorkerPool} thread
 * (handlers block, as CherryPy's do), makes a {@link Request} of it, lets the {@link Tree} serve it
 * and writes the {@link Response} back, publishing the engine's request channels around it and
 * writing the access-log line after it. It also counts the requests in flight, so that a stop can
 * turn new ones away and wait for the rest ({@link #shutdown}, {@link #awaitIdle}).
 */
final class ExchangeHandler implements HttpHandler {
  private static final AttachmentKey<Host[]> ENDS = AttachmentKey.create(Host[].class);

  /**
   * The most of an unread request body read to keep its connection; beyond it, closing is cheaper.
   */
  private static final long DRAIN_LIMIT = 1 << 20;

  private static final byte[] BODY_TOO_LARGE =
      "The entity sent with the request exceeds the maximum allowed bytes."
          .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEADERS_TOO_LARGE =
      "The headers sent with the request exceed the maximum allowed bytes."
          .getBytes(StandardCharsets.US_ASCII);

  /** Wire names by the names handlers use; bounded, since a handler may make up names. */
  private static final Map<String, HttpString> HEADER_NAMES = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_NAMES = 512;

  private final Tree tree;
  private final String localName;
  private final long maxBodySize;
  private final int maxHeaderSize;
  private final long socketTimeoutMillis;
  private final AccessLog accessLog;
  private final Engine engine;
  private final Executor workers;

  /** Requests from their dispatch to a worker until their after-work is done. */
  private final AtomicInteger busy = new AtomicInteger();

  private volatile boolean shuttingDown;

  /**
   * {@code workers} run the requests; {@code engine} may be {@code null}: then no channels are
   * published.
   */
  ExchangeHandler(
      Tree tree,
      String localName,
      ServerSettings settings,
      AccessLog accessLog,
      Engine engine,
      Executor workers) {
    this.tree = tree;
    this.localName = localName;
    this.maxBodySize = settings.maxRequestBodySize();
    this.maxHeaderSize = settings.maxRequestHeaderSize();
    this.socketTimeoutMillis = settings.socketTimeoutSeconds() * 1000L;
    this.accessLog = accessLog;
    this.engine = engine;
    this.workers = workers;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      if (exchange.getRequestContentLength() > maxBodySize) {
        tooLarge(exchange, BODY_TOO_LARGE);
      } else if (headerSize(exchange) > maxHeaderSize) {
        tooLarge(exchange, HEADERS_TOO_LARGE);
      } else if (enter()) {
        exchange.dispatch(workers, this);
      } else {
        // Stopping: as Undertow's GracefulShutdownHandler, whose work this counting replaces.
        exchange.setPersistent(false);
        exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
        exchange.endExchange();
      }
      return;
    }
    Response response = null;
    Request request = null;
    RequestChannelInput body =
        exchange.isRequestComplete()
            ? null
            : new RequestChannelInput(exchange, socketTimeoutMillis);
    try {
      request = toRequest(exchange, body);
      if (engine != null) {
        engine.fire("acquire_thread");
        engine.fire("before_request");
      }
      response = tree.serve(request);
      dropUnreadBody(exchange, body);
      write(exchange, response);
    } finally {
      try {
        afterResponse(request, response);
      } finally {
        leave();
      }
    }
  }

  private void afterResponse(Request request, Response response) {
    if (request == null) {
      return;
    }
    // After writing: on_end_request hooks, then the temp files (a handler may answer with an
    // upload's own spool file), as CherryPy's request.close() before after_request.
    request.close();
    if (engine != null) {
      engine.fire("after_request");
    }
    if (response != null && accessLog.enabled()) {
      logAccess(request, response);
    }
  }

  /**
   * Counts a request in, unless the server is stopping. Counted before the check, so that {@link
   * #shutdown} either sees it or it sees the shutdown. Counted out after its after-work
   * (after_request, the access log), which follows the answer. A dispatch the worker pool rejects
   * is never counted out; the pool rejects only once it is stopped, after {@link #awaitIdle}.
   */
  private boolean enter() {
    busy.incrementAndGet();
    if (!shuttingDown) {
      return true;
    }
    leave();
    return false;
  }

  private void leave() {
    if (busy.decrementAndGet() == 0) {
      synchronized (busy) {
        busy.notifyAll();
      }
    }
  }

  /** From now on new requests are answered 503. */
  void shutdown() {
    shuttingDown = true;
  }

  /**
   * Waits until no request is between its dispatch and the end of its after-work; false on timeout.
   */
  boolean awaitIdle(long deadlineNanos) throws InterruptedException {
    synchronized (busy) {
      while (busy.get() > 0) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        busy.wait(left);
      }
      return true;
    }
  }

  private void logAccess(Request request, Response response) {
    Host remote = request.remote();
    accessLog.log(
        request.scriptName(),
        remote == null ? "-" : remote.name() != null ? remote.name() : remote.ip(),
        request.login(),
        request.requestLine(),
        response.status(),
        response.headers().get("Content-Length"),
        request.headers().get("Referer"),
        request.headers().get("User-Agent"));
  }

  /**
   * A declared body over {@code server.max_request_body_size}, or a request head over {@code
   * server.max_request_header_size}, is refused before anything is read, with cheroot's plain 413;
   * the connection closes, since the body is never read.
   */
  private static void tooLarge(HttpServerExchange exchange, byte[] message) {
    exchange.setPersistent(false);
    exchange.setProtocol(Protocols.HTTP_1_1);
    exchange.setStatusCode(413);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
    exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, message.length);
    exchange.getResponseSender().send(ByteBuffer.wrap(message));
  }

  /** The request line and headers as sent, in bytes, as cheroot counts them against its limit. */
  private static long headerSize(HttpServerExchange exchange) {
    long size =
        exchange.getRequestMethod().length()
            + exchange.getRequestURI().length()
            + exchange.getQueryString().length()
            + exchange.getProtocol().length()
            + 5;
    for (HeaderValues values : exchange.getRequestHeaders()) {
      int name = values.getHeaderName().length() + 4;
      for (String v : values) {
        size += name + v.length();
      }
    }
    return size + 2;
  }

  private Request toRequest(HttpServerExchange exchange, RequestChannelInput body) {
    HeaderMap sent = exchange.getRequestHeaders();
    org.jcherry.http.HeaderMap headers = new org.jcherry.http.HeaderMap(sent.size());
    for (HeaderValues values : sent) {
      String name = values.getHeaderName().toString();
      for (String v : values) {
        headers.add(name, HeaderText.decode(v));
      }
    }
    Host[] ends = ends(exchange);
    return new Request(
        exchange.getRequestMethod().toString(),
        rawPath(exchange),
        exchange.getQueryString(),
        exchange.getProtocol().toString(),
        exchange.getRequestScheme(),
        headers,
        ends[0],
        ends[1],
        body == null
            ? InputStream.nullInputStream()
            : new BodyLimit(
                body,
                maxBodySize,
                "The entity sent with the request exceeds the maximum allowed bytes.",
                () -> exchange.setPersistent(false)));
  }

  /**
   * The request target's path exactly as sent: Undertow's request path drops {@code ;params}, which
   * CherryPy keeps as part of the segment. An absolute-form target loses its scheme and authority.
   */
  private static String rawPath(HttpServerExchange exchange) {
    String uri = exchange.getRequestURI();
    if (exchange.isHostIncludedInRequestURI()) {
      int scheme = uri.indexOf("://");
      int slash = scheme < 0 ? -1 : uri.indexOf('/', scheme + 3);
      uri = slash < 0 ? "/" : uri.substring(slash);
    }
    return uri;
  }

  /**
   * The local and remote ends of the exchange's connection, made once per connection: a keep-alive
   * connection carries many requests, and formatting addresses is not free.
   */
  private Host[] ends(HttpServerExchange exchange) {
    ServerConnection connection = exchange.getConnection();
    Host[] ends = connection.getAttachment(ENDS);
    if (ends == null) {
      InetSocketAddress local = exchange.getDestinationAddress();
      InetSocketAddress remote = exchange.getSourceAddress();
      ends =
          new Host[] {
            local == null
                ? null
                : new Host(local.getAddress().getHostAddress(), local.getPort(), localName),
            remote == null
                ? null
                : new Host(
                    remote.getAddress().getHostAddress(), remote.getPort(), remote.getHostString())
          };
      connection.putAttachment(ENDS, ends);
    }
    return ends;
  }

  /**
   * The wire name of a header: Undertow's shared constant for a known one, Title-Cased as CherryPy
   * writes it, without control characters; {@code null} when nothing is left of it. Made once per
   * name: answers repeat the same few names.
   */
  private static HttpString headerName(String name) {
    HttpString cached = HEADER_NAMES.get(name);
    if (cached != null) {
      return cached;
    }
    String clean = HeaderText.wireName(name);
    if (clean.isEmpty()) {
      return null;
    }
    String titled = org.jcherry.http.HeaderMap.titleCase(clean);
    HttpString known = Headers.fromCache(titled);
    HttpString wire =
        known != null && known.toString().equals(titled) ? known : HttpString.tryFromString(titled);
    if (HEADER_NAMES.size() < MAX_CACHED_NAMES) {
      HEADER_NAMES.put(name, wire);
    }
    return wire;
  }

  /**
   * Reads and drops what the handler left of the request body, as cheroot does, so that the
   * connection can carry the next request. The connection closes instead when the rest is large,
   * cannot be read, or will never come (a client waiting for {@code 100 Continue}).
   */
  private static void dropUnreadBody(HttpServerExchange exchange, RequestChannelInput body) {
    if (body == null || exchange.isRequestComplete() || !exchange.isPersistent()) {
      return;
    }
    try {
      if (HttpContinue.requiresContinueResponse(exchange) || !body.drain(DRAIN_LIMIT)) {
        exchange.setPersistent(false);
      }
    } catch (IOException e) {
      exchange.setPersistent(false);
    }
  }

  private void write(HttpServerExchange exchange, Response response) throws IOException {
    if (exchange.isResponseStarted() || !exchange.getConnection().isOpen()) {
      // The connection broke while the request was read (socket_timeout, a client gone): the
      // error response has nobody to go to.
      exchange.setPersistent(false);
      IoUtils.safeClose(exchange.getConnection());
      return;
    }
    // CherryPy's status line always says HTTP/1.1; an HTTP/1.0 connection still closes after it.
    boolean http11 = !exchange.getProtocol().equals(Protocols.HTTP_1_0);
    if (!http11) {
      exchange.setPersistent(false);
      exchange.setProtocol(Protocols.HTTP_1_1);
    }
    head(exchange, response);
    Object body = response.body();
    boolean chunked =
        http11
            && body instanceof Iterator
            && !response.headers().contains("Content-Length")
            && !exchange.getRequestMethod().equals(Methods.HEAD);
    if (chunked) {
      // Chunked even when the client asked to close, as cheroot does; HTTP/1.0 gets a
      // close-delimited body.
      exchange.getResponseHeaders().put(Headers.TRANSFER_ENCODING, "chunked");
    }
    if (body instanceof byte[] && ((byte[]) body).length > 0) {
      ResponseChannelOutput out = new ResponseChannelOutput(exchange, socketTimeoutMillis);
      out.write(ByteBuffer.wrap((byte[]) body));
      out.finish();
    } else if (body instanceof Iterator) {
      writeStream(
          exchange, new ResponseChannelOutput(exchange, socketTimeoutMillis), (Iterator<?>) body);
    } else {
      exchange.endExchange();
    }
  }

  /**
   * The status line and headers of {@code response}, cookies last; values go out as {@link
   * HeaderText#wireValue} makes them (no control characters, RFC 2047 beyond Latin-1).
   */
  private static void head(HttpServerExchange exchange, Response response) {
    exchange.setStatusCode(response.status());
    if (!response.reason().equals(StatusCodes.getReason(response.status()))) {
      // Undertow writes its own phrase for the code, which is most often CherryPy's too.
      exchange.setReasonPhrase(response.reason());
    }
    HeaderMap out = exchange.getResponseHeaders();
    org.jcherry.http.HeaderMap headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      HttpString name = headerName(headers.nameAt(i));
      if (name != null) {
        out.add(name, HeaderText.wireValue(headers.valueAt(i)));
      }
    }
    if (response.hasCookies()) {
      for (String cookie : response.cookies().headerValues()) {
        out.add(Headers.SET_COOKIE, HeaderText.wireValue(cookie));
      }
    }
  }

  /**
   * Sends a streamed body chunk by chunk. A chunk that fails before any byte went out turns the
   * answer into CherryPy's bare 500; one that fails later can only cut the connection, so the
   * client sees an incomplete body rather than a complete-looking one.
   */
  private static void writeStream(
      HttpServerExchange exchange, ResponseChannelOutput out, Iterator<?> chunks)
      throws IOException {
    try {
      while (chunks.hasNext()) {
        out.write(ByteBuffer.wrap((byte[]) chunks.next()));
        out.flush();
      }
    } catch (RuntimeException e) {
      ErrorLog.error(
          "HTTP",
          "streaming the response to "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI()
              + " failed",
          e);
      if (out.started()) {
        exchange.setPersistent(false);
        IoUtils.safeClose(exchange.getConnection());
        return;
      }
      Response failed = Response.plainText(500, "Unrecoverable error in the server.");
      exchange.getResponseHeaders().clear();
      head(exchange, failed);
      out.write(ByteBuffer.wrap((byte[]) failed.body()));
    }
    if (!out.started()) {
      // An empty stream is still chunked (its last chunk only): ending it unstarted would say
      // Content-Length: 0.
      out.flush();
    }
    out.finish();
  }
}
