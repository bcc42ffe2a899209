package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.Protocols;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Iterator;
import org.jcherry.HTTPError;
import org.jcherry.app.Tree;
import org.jcherry.http.HeaderText;
import org.jcherry.http.Host;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * The one Undertow handler of a JCherry server: moves the exchange to a worker thread (handlers
 * block, as CherryPy's do), makes a {@link Request} of it, lets the {@link Tree} serve it and writes
 * the {@link Response} back.
 */
final class ExchangeHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.error");
  private static final String TOO_LARGE = "The entity sent with the request exceeds the maximum allowed bytes.";

  private final Tree tree;
  private final String localName;
  private final long maxBodySize;

  /** @param maxBodySize {@code server.max_request_body_size}: a larger body is refused (0: no limit) */
  ExchangeHandler(Tree tree, String localName, long maxBodySize) {
    this.tree = tree;
    this.localName = localName;
    this.maxBodySize = maxBodySize;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    exchange.startBlocking();
    if (maxBodySize > 0 && exchange.getRequestContentLength() > maxBodySize) {
      // Refused before the application sees it, as cheroot does; the unread body ends the connection.
      exchange.setPersistent(false);
      write(exchange, Response.plainText(413, TOO_LARGE));
      return;
    }
    Request request = toRequest(exchange);
    try {
      write(exchange, tree.serve(request));
    } finally {
      // After writing: a handler may answer with an upload's own spool file.
      request.tempFiles().deleteAll();
    }
  }

  private Request toRequest(HttpServerExchange exchange) {
    org.jcherry.http.HeaderMap headers = new org.jcherry.http.HeaderMap();
    for (HeaderValues values : exchange.getRequestHeaders()) {
      String name = values.getHeaderName().toString();
      for (String v : values) {
        headers.add(name, HeaderText.decode(v));
      }
    }
    InetSocketAddress local = exchange.getDestinationAddress();
    InetSocketAddress remote = exchange.getSourceAddress();
    return new Request(
        exchange.getRequestMethod().toString(),
        rawPath(exchange),
        exchange.getQueryString(),
        exchange.getProtocol().toString(),
        exchange.getRequestScheme(),
        headers,
        local == null ? null : new Host(local.getAddress().getHostAddress(), local.getPort(), localName),
        remote == null ? null : new Host(remote.getAddress().getHostAddress(), remote.getPort(), remote.getHostString()),
        new BodyStream(exchange.getInputStream()));
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

  private static void write(HttpServerExchange exchange, Response response) throws IOException {
    if (exchange.isResponseStarted()) {
      // Undertow answered already: a chunked body grew past server.max_request_body_size.
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
      // Chunked even when the client asked to close, as cheroot does; HTTP/1.0 gets a close-delimited body.
      exchange.getResponseHeaders().put(Headers.TRANSFER_ENCODING, "chunked");
    }
    if (body instanceof byte[]) {
      byte[] bytes = (byte[]) body;
      if (bytes.length == 0) {
        exchange.endExchange();
      } else {
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
      }
    } else if (body instanceof Iterator) {
      writeStream(exchange, (Iterator<?>) body, chunked);
    } else {
      exchange.endExchange();
    }
  }

  /** The status line and headers of {@code response}, cookies last. */
  private static void head(HttpServerExchange exchange, Response response) {
    exchange.setStatusCode(response.status());
    exchange.setReasonPhrase(response.reason());
    HeaderMap out = exchange.getResponseHeaders();
    org.jcherry.http.HeaderMap headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      String name = HeaderText.wireName(headers.nameAt(i));
      if (!name.isEmpty()) {
        out.add(HttpString.tryFromString(org.jcherry.http.HeaderMap.titleCase(name)), HeaderText.wireValue(headers.valueAt(i)));
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
   * answer into CherryPy's bare 500; one that fails later can only cut the connection, so the client
   * sees an incomplete body rather than a complete-looking one.
   */
  private static void writeStream(HttpServerExchange exchange, Iterator<?> chunks, boolean chunked)
      throws IOException {
    OutputStream os = exchange.getOutputStream();
    try {
      while (chunks.hasNext()) {
        os.write((byte[]) chunks.next());
        os.flush();
      }
    } catch (RuntimeException e) {
      LOG.error("[HTTP] streaming the response to {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      if (exchange.isResponseStarted()) {
        exchange.setPersistent(false);
        IoUtils.safeClose(exchange.getConnection());
        return;
      }
      Response failed = Response.plainText(500, "Unrecoverable error in the server.");
      exchange.getResponseHeaders().clear();
      head(exchange, failed);
      os.write((byte[]) failed.body());
    }
    if (chunked && !exchange.isResponseStarted()) {
      // An empty stream is still chunked (its last chunk only); closing unstarted would say Content-Length: 0.
      os.flush();
    }
    os.close();
  }

  /**
   * The request body as Undertow reads it. A chunked body that grows past
   * {@code server.max_request_body_size} makes Undertow answer 413 itself and fail the read; the
   * application then sees that 413 as an {@link HTTPError}, not as an unexpected I/O failure.
   */
  private static final class BodyStream extends FilterInputStream {
    BodyStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (RequestTooBigException e) {
        throw new HTTPError(413, TOO_LARGE);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (RequestTooBigException e) {
        throw new HTTPError(413, TOO_LARGE);
      }
    }
  }
}
