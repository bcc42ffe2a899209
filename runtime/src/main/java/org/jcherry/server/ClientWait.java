package org.jcherry.server;

import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
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

  private final HttpServerExchange exchange;
  private final long timeoutNanos;
  private long since = -1;

  ClientWait(HttpServerExchange exchange, long timeoutMillis) {
    this.exchange = exchange;
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
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
    if (timeoutNanos <= 0) {
      // socket_timeout = 0: no limit, as a socket without a timeout.
      channel.await(1, TimeUnit.HOURS);
      return;
    }
    long now = System.nanoTime();
    if (since < 0) {
      since = now;
    }
    long left = timeoutNanos - (now - since);
    if (left <= 0) {
      exchange.setPersistent(false);
      IoUtils.safeClose(exchange.getConnection());
      throw new SocketTimeoutException(what + " timed out after server.socket_timeout");
    }
    channel.await(left, TimeUnit.NANOSECONDS);
  }
}
