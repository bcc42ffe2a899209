package org.jcherry.server;

import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.xnio.IoUtils;

/**
 * A worker's wait for its client, bounded by {@code server.socket_timeout} as cheroot's socket
 * timeout bounds every read and write: a client that neither sends nor takes a byte for that long
 * loses its connection, so it cannot hold a worker thread. The wait is the channel's own timed
 * select, so a request that never waits costs nothing here (no timer is armed per request, as
 * Undertow's read and write timeout conduits do).
 */
final class ClientWait {
  /** Something the channel can wait for with a time limit: readable or writable. */
  interface Await {
    void await(long time, TimeUnit unit) throws IOException;
  }

  /**
   * What bounds a server's waits: {@code server.socket_timeout}, and its stop cutting off the
   * requests still in flight at {@code server.shutdown_timeout} ({@link InFlight#cutOff}).
   */
  record Limits(long timeoutMillis, BooleanSupplier cutOff) {}

  /**
   * The longest single wait: a request cut off by a stop sees it within this, ends, and deletes its
   * upload spool files before the process exits.
   */
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final HttpServerExchange exchange;
  private final long timeoutNanos;
  private final BooleanSupplier cutOff;
  private long since = -1;

  ClientWait(HttpServerExchange exchange, Limits limits) {
    this.exchange = exchange;
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
    this.cutOff = limits.cutOff();
  }

  /** The channel moved bytes: the next wait starts afresh. */
  void progressed() {
    since = -1;
  }

  /**
   * Waits until the channel is ready again; when the client has been silent for the whole timeout,
   * closes the connection and throws.
   */
  void await(Await channel, String what) throws IOException {
    if (cutOff.getAsBoolean()) {
      close();
      throw new IOException(what + " was cut off: the server stopped");
    }
    if (timeoutNanos <= 0) {
      // socket_timeout = 0: no limit, as a socket without a timeout.
      channel.await(SLICE_NANOS, TimeUnit.NANOSECONDS);
      return;
    }
    long now = System.nanoTime();
    if (since < 0) {
      since = now;
    }
    long left = timeoutNanos - (now - since);
    if (left <= 0) {
      close();
      throw new SocketTimeoutException(what + " timed out after server.socket_timeout");
    }
    channel.await(Math.min(left, SLICE_NANOS), TimeUnit.NANOSECONDS);
  }

  private void close() {
    exchange.setPersistent(false);
    IoUtils.safeClose(exchange.getConnection());
  }
}
