package org.jcherry.session;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One exclusive lock per session id within this process; an id's lock exists only while some
 * request holds or waits for it, so the map does not grow with the number of sessions.
 */
final class LocalLocks {
  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  private final Map<String, Entry> locks = new ConcurrentHashMap<>();

  /**
   * Locks {@code id} for the calling thread, or throws {@link SessionStoreException} after {@code
   * timeout}.
   */
  SessionStore.SessionLock lock(String id, Duration timeout) {
    Entry entry =
        locks.compute(
            id,
            (k, e) -> {
              Entry x = e == null ? new Entry() : e;
              x.users++;
              return x;
            });
    boolean locked = false;
    try {
      locked = entry.lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!locked) {
      leave(id);
      throw new SessionStoreException("Timed out waiting for the session lock.", null);
    }
    return () -> {
      entry.lock.unlock();
      leave(id);
    };
  }

  private void leave(String id) {
    locks.computeIfPresent(id, (k, e) -> --e.users == 0 ? null : e);
  }
}
