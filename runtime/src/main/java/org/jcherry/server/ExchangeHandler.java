package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import io.undertow.util.Protocols;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Iterator;
import org.jcherry.app.Tree;
import org.jcherry.http.Host;
import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * The one Undertow handler of a JCherry server: moves the exchange to a worker thread (handlers
 * block, as CherryPy's do), makes a {@link Request} of it, lets the {@link Tree} serve it and writes
 * the {@link Response} back.
 */
final class ExchangeHandler implements HttpHandler {
  private final Tree tree;
  private final String localName;

  ExchangeHandler(Tree tree, String localName) {
    this.tree = tree;
    this.localName = localName;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    exchange.startBlocking();
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
        headers.add(name, v);
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
        exchange.getInputStream());
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
    // CherryPy's status line always says HTTP/1.1; an HTTP/1.0 connection still closes after it.
    if (exchange.getProtocol().equals(Protocols.HTTP_1_0)) {
      exchange.setPersistent(false);
      exchange.setProtocol(Protocols.HTTP_1_1);
    }
    exchange.setStatusCode(response.status());
    exchange.setReasonPhrase(response.reason());
    HeaderMap out = exchange.getResponseHeaders();
    org.jcherry.http.HeaderMap headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      String name = clean(headers.nameAt(i));
      if (!name.isEmpty()) {
        out.add(HttpString.tryFromString(org.jcherry.http.HeaderMap.titleCase(name)), clean(headers.valueAt(i)));
      }
    }
    Object body = response.body();
    if (body instanceof byte[]) {
      byte[] bytes = (byte[]) body;
      if (bytes.length == 0) {
        exchange.endExchange();
      } else {
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
      }
    } else if (body instanceof Iterator) {
      try (OutputStream os = exchange.getOutputStream()) {
        Iterator<?> chunks = (Iterator<?>) body;
        while (chunks.hasNext()) {
          os.write((byte[]) chunks.next());
          os.flush();
        }
      }
    } else {
      exchange.endExchange();
    }
  }

  /** Header names and values lose CR, LF and other control characters: no header injection. */
  private static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7f) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
