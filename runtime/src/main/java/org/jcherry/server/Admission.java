package org.jcherry.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.Protocols;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What the IO thread decides about a parsed request head before any worker sees it: a declared body
 * or a head over the server's limits is refused with cheroot's 413, and a request that would reach
 * a worker while the server stops with a 503. The refused answer is written here, on the IO thread.
 */
final class Admission {
  private static final byte[] BODY_TOO_LARGE =
      "The entity sent with the request exceeds the maximum allowed bytes."
          .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEADERS_TOO_LARGE =
      "The headers sent with the request exceed the maximum allowed bytes."
          .getBytes(StandardCharsets.US_ASCII);

  private final long maxBodySize;
  private final int maxHeaderSize;
  private final InFlight inFlight;

  Admission(ServerSettings settings, InFlight inFlight) {
    this.maxBodySize = settings.maxRequestBodySize();
    this.maxHeaderSize = settings.maxRequestHeaderSize();
    this.inFlight = inFlight;
  }

  /**
   * True when the request may go to a worker, counted in flight; otherwise its answer is on its way
   * and the exchange must not be touched again.
   */
  boolean admit(HttpServerExchange exchange) {
    if (exchange.getRequestContentLength() > maxBodySize) {
      tooLarge(exchange, BODY_TOO_LARGE);
    } else if (headerSize(exchange) > maxHeaderSize) {
      tooLarge(exchange, HEADERS_TOO_LARGE);
    } else {
      return true;
    }
    return false;
  }

  /**
   * Counts an admitted request in flight, just before a worker takes it; when the server is
   * stopping, answers it 503 instead and returns false.
   */
  boolean enter(HttpServerExchange exchange) {
    if (inFlight.enter()) {
      return true;
    }
    // Stopping: as Undertow's GracefulShutdownHandler, whose work InFlight replaces.
    exchange.setPersistent(false);
    exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
    exchange.endExchange();
    return false;
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
}
