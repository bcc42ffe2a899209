package org.jcherry.server;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.jcherry.log.ErrorLog;

/**
 * The server's request threads, cheroot's {@code ThreadPool}: {@code server.thread_pool} threads
 * taking requests from one queue. An idle thread waits on a stack, so the thread woken for the next
 * request is the one that went idle last, whose caches are still warm; the others stay asleep.
 * Measured against Undertow's own worker pool under load, this costs the server about a tenth less
 * CPU per request (bench/README.md).
 *
 * <p>No request is left waiting while a thread sleeps: {@link #execute} queues the request before
 * it looks for a sleeping thread, and a thread looks at the queue again after it has put itself on
 * the stack and before it sleeps, so one of the two sees the other. A thread that finds a request
 * on that second look, although a submitter had already woken it for its own, wakes another.
 */
final class WorkerPool implements RequestThreads {
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedDeque<Thread> idle = new ConcurrentLinkedDeque<>();
  private final Thread[] threads;
  private volatile boolean stopped;

  /** Starts {@code size} daemon threads named {@code name-1} to {@code name-size}. */
  WorkerPool(int size, String name) {
    threads = new Thread[size];
    for (int i = 0; i < size; i++) {
      Thread t = new Thread(this::work, name + "-" + (i + 1));
      t.setDaemon(true);
      threads[i] = t;
    }
    for (Thread t : threads) {
      t.start();
    }
  }

  @Override
  public void execute(Runnable task) {
    if (stopped) {
      throw new RejectedExecutionException("the server is stopped");
    }
    tasks.offer(task);
    wakeOne();
  }

  private void wakeOne() {
    Thread sleeper = idle.pollFirst();
    if (sleeper != null) {
      LockSupport.unpark(sleeper);
    }
  }

  /**
   * Lets every thread end once the queue is empty; the server calls it after the requests in flight
   * had their grace period.
   */
  @Override
  public void stop() {
    stopped = true;
    for (Thread t : threads) {
      LockSupport.unpark(t);
    }
  }

  /** Whether every thread has ended, for tests. */
  boolean isTerminated() {
    for (Thread t : threads) {
      if (t.isAlive()) {
        return false;
      }
    }
    return true;
  }

  private void work() {
    Thread me = Thread.currentThread();
    while (true) {
      Runnable task = tasks.poll();
      if (task == null) {
        if (stopped) {
          return;
        }
        idle.push(me);
        task = tasks.poll();
        if (task == null) {
          LockSupport.park(this);
          // Usually execute() took this thread off the stack; after a spurious wake-up, leave it.
          idle.removeFirstOccurrence(me);
          continue;
        }
        if (!idle.removeFirstOccurrence(me)) {
          // A submitter took this thread off the stack to run the request it had just queued,
          // but this thread is taking another: pass the wake-up on, or that request would wait
          // for this one to end while other threads sleep.
          wakeOne();
        }
      }
      run(task);
    }
  }

  /** Runs a request's task; one that fails must not end the thread (shared by both kinds). */
  static void run(Runnable task) {
    try {
      task.run();
    } catch (Throwable t) {
      // Undertow's dispatch task answers its own failures; anything left must not end the thread.
      ErrorLog.error("HTTP", "A request thread's task failed", t);
    }
  }
}
