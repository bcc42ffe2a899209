package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestBufferingHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;
import org.xnio.channels.StreamSourceChannel;

/**
 * Keeps slow bodies off the worker pool: a request whose body has not fully arrived with its head
 * waits on the IO thread, which reads the body into up to {@link #MAX_BUFFERS} pooled buffers (64
 * KiB), and is given to a worker only once the body is there or the buffers are full; a larger body
 * is then being sent at a useful rate, and its reads are bounded by {@code server.socket_timeout}
 * as before ({@link ClientWait}). While it waits, the request must arrive within {@code
 * server.socket_timeout}, or its connection is closed: a client sending a few bytes and stalling
 * holds a connection for that long, and never a worker. A client waiting for {@code 100 Continue}
 * is not waited for: it sends nothing until a worker reads its body. A body that is then whole in
 * memory ({@link #isWhole}) may be taken out without waiting ({@link #take}), so that a handler
 * which never blocks can be served on the IO thread, body and all.
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
   * Whether {@link #read} left the whole body of {@code exchange} in memory: true when its declared
   * length fits the buffers, since then reading stopped at the body's end, not at full buffers. A
   * chunked body may be whole too, but nothing tells without reading on, so it is not.
   */
  static boolean isWhole(HttpServerExchange exchange) {
    long length = exchange.getRequestContentLength();
    return length >= 0
        && length
            <= MAX_BUFFERS * (long) exchange.getConnection().getByteBufferPool().getBufferSize();
  }

  /**
   * The body of {@code exchange}, which {@link #isWhole} says is in memory, read out on the IO
   * thread; no read waits for the client.
   *
   * @throws IOException when a read finds no byte where the body should be (a bug, not the client's
   *     fault: the IO thread never waits for one)
   */
  static byte[] take(HttpServerExchange exchange) throws IOException {
    byte[] body = new byte[(int) exchange.getRequestContentLength()];
    ByteBuffer into = ByteBuffer.wrap(body);
    StreamSourceChannel channel = exchange.getRequestChannel();
    while (into.hasRemaining()) {
      if (channel.read(into) <= 0) {
        throw new IOException("The buffered request body ended early");
      }
    }
    return body;
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
