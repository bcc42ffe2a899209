package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestBufferingHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/**
 * Keeps slow bodies off the worker pool: a request whose body has not fully arrived with its head
 * waits on the IO thread, which reads the body into up to {@link #MAX_BUFFERS} pooled buffers (64
 * KiB), and is given to a worker only once the body is there or the buffers are full; a larger body
 * is then being sent at a useful rate, and its reads are bounded by {@code server.socket_timeout}
 * as before ({@link ClientWait}). While it waits, the request must arrive within {@code
 * server.socket_timeout}, or its connection is closed: a client sending a few bytes and stalling
 * holds a connection for that long, and never a worker. A client waiting for {@code 100 Continue}
 * is not waited for: it sends nothing until a worker reads its body.
 */
final class BodyBuffering {
  private static final int MAX_BUFFERS = 4;
  private static final AttachmentKey<XnioExecutor.Key> DEADLINE =
      AttachmentKey.create(XnioExecutor.Key.class);

  private static final String CUT_SHORT = "The request body ended before its declared length";

  private final long timeoutMillis;
  private final RequestBufferingHandler buffering;

  /** {@code then} runs on the IO thread once the body is read, as far as it will be. */
  BodyBuffering(long timeoutMillis, HttpHandler then) {
    this.timeoutMillis = timeoutMillis;
    this.buffering =
        new RequestBufferingHandler(
            exchange -> {
              exchange.removeAttachment(DEADLINE).remove();
              then.handleRequest(exchange);
            },
            MAX_BUFFERS);
  }

  /** Reads the body of {@code exchange}, then runs the handler given at construction. */
  void read(HttpServerExchange exchange) throws Exception {
    exchange.putAttachment(
        DEADLINE,
        timeoutMillis > 0
            ? exchange
                .getIoThread()
                .executeAfter(
                    () -> IoUtils.safeClose(exchange.getConnection()),
                    timeoutMillis,
                    TimeUnit.MILLISECONDS)
            : XnioExecutor.Key.IMMEDIATE);
    exchange.addDefaultResponseListener(BodyBuffering::cutShort);
    buffering.handleRequest(exchange);
  }

  /**
   * The answer when reading the body failed before a worker had it (a body cut short by a
   * half-close, a broken chunk): Undertow's buffering would end the exchange with a bare 500.
   */
  private static boolean cutShort(HttpServerExchange exchange) {
    if (exchange.getAttachment(DEADLINE) == null || !exchange.getConnection().isOpen()) {
      return false;
    }
    exchange.setPersistent(false);
    exchange.setStatusCode(400);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
    exchange.getResponseSender().send(CUT_SHORT);
    return true;
  }
}
