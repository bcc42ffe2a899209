package org.jcherry.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CherryPy's {@code engine.thread_manager}: numbers the request threads. The first {@code
 * acquire_thread} on a thread publishes {@code start_thread(i)}; {@code release_thread}, and every
 * known thread at {@code stop} and {@code graceful}, publish {@code stop_thread(i)}. Listeners open
 * per-thread resources (a database connection, say) on the one and close them on the other.
 */
public final class ThreadManager {
  private final Engine engine;
  private final Map<Thread, Integer> threads = new ConcurrentHashMap<>();
  private final AtomicInteger counter = new AtomicInteger();

  public ThreadManager(Engine engine) {
    this.engine = engine;
  }

  public ThreadManager subscribe() {
    engine.subscribe("acquire_thread", this::acquireThread, 50);
    engine.subscribe("release_thread", this::releaseThread, 50);
    engine.subscribe("stop", this::stopAll, 50);
    engine.subscribe("graceful", this::stopAll, 50);
    return this;
  }

  /** Numbers the current thread on its first call and publishes {@code start_thread(i)}. */
  public void acquireThread() {
    Thread t = Thread.currentThread();
    if (!threads.containsKey(t)) {
      int i = counter.incrementAndGet();
      threads.put(t, i);
      engine.publish("start_thread", i);
    }
  }

  /** Forgets the current thread and publishes {@code stop_thread(i)}. */
  public void releaseThread() {
    Integer i = threads.remove(Thread.currentThread());
    if (i != null) {
      engine.publish("stop_thread", i);
    }
  }

  /** Publishes {@code stop_thread(i)} for every known thread. */
  public void stopAll() {
    for (Map.Entry<Thread, Integer> e : threads.entrySet()) {
      if (threads.remove(e.getKey(), e.getValue())) {
        engine.publish("stop_thread", e.getValue());
      }
    }
  }
}
