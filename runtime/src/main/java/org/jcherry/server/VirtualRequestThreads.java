package org.jcherry.server;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * A virtual thread per request (JDK 21+), at most {@code bound} of them past the gate at once. A
 * request beyond the bound waits on its own virtual thread, which costs a few hundred bytes, not
 * the IO thread: the IO thread never blocks. The gate is fair, so requests start in the order they
 * came, as from a platform pool's queue.
 */
final class VirtualRequestThreads implements RequestThreads {
  private final VirtualThreadFactory threads = VirtualThreads.factory();
  private final Semaphore gate;
  private final String name;
  private volatile boolean stopped;

  VirtualRequestThreads(int bound, String name) {
    this.gate = new Semaphore(bound, true);
    this.name = name;
  }

  @Override
  public void execute(Runnable task) {
    if (stopped) {
      throw new RejectedExecutionException("the server is stopped");
    }
    threads.start(name, () -> run(task));
  }

  private void run(Runnable task) {
    gate.acquireUninterruptibly();
    try {
      WorkerPool.run(task);
    } finally {
      gate.release();
    }
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
