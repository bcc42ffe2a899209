package org.jcherry.session;

import java.time.Duration;
import java.util.Map;

/**
 * Where sessions live between requests: {@link RamStore} (this process), {@link FileStore} (a
 * directory) or {@link RedisStore} (shared by several processes). Implementations are thread-safe.
 * A store that cannot reach its backend throws {@link SessionStoreException}, which answers 503.
 */
public interface SessionStore {

  /** Whether data is stored under {@code id} (expired data not yet cleaned up may count). */
  boolean exists(String id);

  /**
   * A copy of the data stored under {@code id}, or {@code null} when there is none or it expired.
   */
  Map<String, Object> load(String id);

  /**
   * As {@link #load(String)} while holding {@code held}, a lock of {@code id} this store gave (or
   * {@code null}). A store may answer the first load under a lock from the data it read when it
   * gave the lock (Redis does: one round trip less), as no other holder can save meanwhile; so a
   * caller that deleted the data since it took the lock passes {@code null}.
   */
  default Map<String, Object> load(String id, SessionLock held) {
    return load(id);
  }

  /** Stores {@code data} under {@code id} until {@code timeout} from now. */
  void save(String id, Map<String, Object> data, Duration timeout);

  /**
   * Saves as {@link #save(String, Map, Duration)} while holding {@code held}, a lock of {@code id}
   * this store gave. A store whose locks can expire under their holder (Redis) refuses, with a
   * {@link SessionStoreException}, a save whose lock is no longer held, so that it cannot overwrite
   * a later holder's write. A store may end {@code held} with the save (Redis does: one round trip
   * less); the caller still calls its {@code release()} afterwards, as for any lock.
   */
  default void save(String id, Map<String, Object> data, Duration timeout, SessionLock held) {
    save(id, data, timeout);
  }

  /** Removes the data stored under {@code id}, if any. */
  void delete(String id);

  /**
   * Takes the exclusive lock of session {@code id}, waiting at most {@code timeout}; all requests
   * of one session that lock it run one at a time. Throws {@link SessionStoreException} on timeout.
   */
  SessionLock lock(String id, Duration timeout);

  /** Removes expired sessions; the periodic clean-up calls it. */
  void cleanUp();

  /**
   * Refuses, with an {@link IllegalArgumentException} naming {@code key}, a value this store cannot
   * keep; called when a handler puts it, so the mistake shows where it is made.
   */
  default void checkValue(String key, Object value) {}

  /** The held lock of one session. */
  @FunctionalInterface
  interface SessionLock {
    /**
     * Releases the lock. Our stores log a failure instead of raising it: their locks end by
     * themselves (a lease, a closed file), and a kept save must not answer 503.
     */
    void release();
  }
}
