package org.jcherry.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The bags behind {@code Cherry.threadData()}: one per platform thread, kept for the thread's life.
 * A server that runs each request on a fresh virtual thread {@link #lend lends} that thread the bag
 * of a request slot instead, so a bag still persists across requests and is never seen by two
 * requests at once, as on CherryPy's pool of {@code server.thread_pool} threads.
 */
public final class ThreadData {
  private static final ThreadLocal<Map<String, Object>> BAG = ThreadLocal.withInitial(HashMap::new);

  private ThreadData() {}

  /** The calling thread's bag. */
  public static Map<String, Object> current() {
    return BAG.get();
  }

  /** Makes {@code bag} the calling thread's bag until {@link #forget} (a request slot's bag). */
  public static void lend(Map<String, Object> bag) {
    BAG.set(bag);
  }

  /** Drops the calling thread's bag, so a lent bag is not kept alive by a finished thread. */
  public static void forget() {
    BAG.remove();
  }
}
