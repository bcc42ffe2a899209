package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The request threads: every task runs, however the submitters and the sleeping threads race; a
 * blocked task does not hold up the others while threads are free; a stopped pool refuses work and
 * its threads end.
 */
class WorkerPoolTest {

  @Test
  void everyTaskFromRacingSubmittersRuns() throws InterruptedException {
    WorkerPool pool = new WorkerPool(4, "test-worker");
    try {
      int submitters = 4;
      int each = 50_000;
      CountDownLatch done = new CountDownLatch(submitters * each);
      AtomicInteger ran = new AtomicInteger();
      for (int s = 0; s < submitters; s++) {
        new Thread(
                () -> {
                  for (int i = 0; i < each; i++) {
                    pool.execute(
                        () -> {
                          ran.incrementAndGet();
                          done.countDown();
                        });
                    if (i % 1000 == 0) {
                      // Let the threads go idle now and then, so that wake-ups race with
                      // submissions.
                      sleepQuietly(1);
                    }
                  }
                })
            .start();
      }
      assertTrue(done.await(60, TimeUnit.SECONDS), "tasks left waiting: " + done.getCount());
      assertEquals(submitters * each, ran.get());
    } finally {
      pool.stop();
    }
  }

  @Test
  void eachTaskWakesTheSleepingThread() throws InterruptedException {
    WorkerPool pool = new WorkerPool(1, "test-worker");
    try {
      // Each task is submitted just after the last one ended, as the one thread goes back to
      // sleep: a wake-up lost there leaves a task nobody runs.
      runOneAtATime(pool, 20_000);
    } finally {
      pool.stop();
    }
  }

  @Test
  void aBlockedTaskDoesNotHoldUpTheNextWhileThreadsAreFree() throws InterruptedException {
    WorkerPool pool = new WorkerPool(2, "test-worker");
    CountDownLatch release = new CountDownLatch(1);
    try {
      pool.execute(() -> awaitQuietly(release));
      // One at a time, so that each submission finds the other thread asleep.
      runOneAtATime(pool, 100);
    } finally {
      release.countDown();
      pool.stop();
    }
  }

  @Test
  void tasksRunOnTheNamedThreadsAndAFailureDoesNotEndOne() throws InterruptedException {
    WorkerPool pool = new WorkerPool(1, "CP Server Thread");
    try {
      pool.execute(
          () -> {
            throw new IllegalStateException("a failing task");
          });
      Set<String> names = ConcurrentHashMap.newKeySet();
      CountDownLatch ran = new CountDownLatch(1);
      pool.execute(
          () -> {
            names.add(Thread.currentThread().getName());
            ran.countDown();
          });
      assertTrue(ran.await(10, TimeUnit.SECONDS));
      assertEquals(Set.of("CP Server Thread-1"), names);
    } finally {
      pool.stop();
    }
  }

  @Test
  void aStoppedPoolRefusesWorkAndItsThreadsEnd() throws InterruptedException {
    WorkerPool pool = new WorkerPool(3, "test-worker");
    pool.stop();
    assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> {}));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!pool.isTerminated() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(pool.isTerminated(), "threads still alive after stop");
  }

  /** Submits {@code count} tasks, each once the one before it has run. */
  private static void runOneAtATime(WorkerPool pool, int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      CountDownLatch ran = new CountDownLatch(1);
      pool.execute(ran::countDown);
      assertTrue(ran.await(10, TimeUnit.SECONDS), "task " + i + " was not run");
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
