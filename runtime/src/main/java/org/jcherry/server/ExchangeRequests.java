package org.jcherry.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import java.io.InputStream;
import java.net.InetSocketAddress;
import org.jcherry.http.BodyLimit;
import org.jcherry.http.HeaderText;
import org.jcherry.http.Host;
import org.jcherry.http.Request;

/**
 * Makes the {@link Request} view of an Undertow exchange: method, raw target, headers as sent, the
 * connection's two ends and the body as a stream bounded by {@code server.max_request_body_size}.
 */
final class ExchangeRequests {
  private static final AttachmentKey<Host[]> ENDS = AttachmentKey.create(Host[].class);

  private final String localName;
  private final long maxBodySize;

  ExchangeRequests(String localName, long maxBodySize) {
    this.localName = localName;
    this.maxBodySize = maxBodySize;
  }

  /** The request of {@code exchange}, reading its body from {@code body} ({@code null}: none). */
  Request toRequest(HttpServerExchange exchange, InputStream body) {
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
}
