package org.jcherry.server;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests in flight of one server, counted from their dispatch to a worker until their
 * after-work is done, so that a stop can turn new ones away ({@link #shutdown}) and wait for the
 * rest ({@link #awaitIdle}). It replaces Undertow's GracefulShutdownHandler.
 */
final class InFlight {
  private final AtomicInteger busy = new AtomicInteger();
  private volatile boolean shuttingDown;
  private volatile boolean cutOff;

  /**
   * Counts a request in, unless the server is stopping. Counted before the check, so that {@link
   * #shutdown} either sees it or it sees the shutdown. A dispatch the worker pool rejects is never
   * counted out; the pool rejects only once it is stopped, after {@link #awaitIdle}.
   */
  boolean enter() {
    busy.incrementAndGet();
    if (!shuttingDown) {
      return true;
    }
    leave();
    return false;
  }

  /** Counts a request out, after its after-work (after_request, the access log). */
  void leave() {
    if (busy.decrementAndGet() == 0) {
      synchronized (busy) {
        busy.notifyAll();
      }
    }
  }

  /** From now on {@link #enter} refuses. */
  void shutdown() {
    shuttingDown = true;
  }

  /** The grace is over: requests still waiting for their client give up ({@link ClientWait}). */
  void cutOffNow() {
    cutOff = true;
  }

  boolean cutOff() {
    return cutOff;
  }

  /** Whether the server is stopping: answers from now on close their connections. */
  boolean stopping() {
    return shuttingDown;
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
}
