package org.jcherry.server;

import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import org.jcherry.engine.ThreadData;

/**
 * A virtual thread per request (JDK 21+), at most {@code bound} of them past the gate at once. A
 * request beyond the bound waits on its own virtual thread, which costs a few hundred bytes, not
 * the IO thread: the IO thread never blocks. The gate is fair, so requests start in the order they
 * came, as from a platform pool's queue. Past the gate a request borrows one of at most {@code
 * bound} thread-data bags, the one most recently given back, so {@code Cherry.threadData()}
 * persists across requests as on a pool of {@code bound} platform threads.
 */
final class VirtualRequestThreads implements RequestThreads {
  private final ThreadFactory threads;
  private final Semaphore gate;
  private final Deque<Map<String, Object>> bags = new ConcurrentLinkedDeque<>();
  private volatile boolean stopped;

  VirtualRequestThreads(int bound, String name) {
    this.gate = new Semaphore(bound, true);
    this.threads = VirtualThreads.factory().named(name);
  }

  @Override
  public void execute(Runnable task) {
    if (stopped) {
      throw new RejectedExecutionException("the server is stopped");
    }
    threads.newThread(() -> run(task)).start();
  }

  private void run(Runnable task) {
    gate.acquireUninterruptibly();
    Map<String, Object> bag = bags.pollFirst();
    ThreadData.lend(bag == null ? new HashMap<>() : bag);
    try {
      WorkerPool.run(task);
    } finally {
      bags.offerFirst(ThreadData.current());
      ThreadData.forget();
      gate.release();
    }
  }

  @Override
  public boolean threadPerRequest() {
    return true;
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
