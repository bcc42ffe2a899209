package org.jcherry.session;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stores of one {@link SessionsTool} (one per tree, as CherryPy's session classes keep one
 * cache per process), shared by every handler whose config names the same one, and their periodic
 * clean-up: each store's expired sessions are removed every {@code clean_freq} minutes (of the
 * config that first used it) on one daemon thread, "Session cleanup". The thread ends when the
 * engine stops and comes back when it starts; on exit the stores are closed and forgotten (file
 * stores excepted: see {@link #FILE_STORES}).
 */
final class SessionStores {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.session");

  /**
   * File stores by directory, shared by every tree in the JVM: a JVM may hold only one OS lock on a
   * file, so two trees locking one session must go through one store's in-process locks. A file
   * store holds nothing to release (its state is the directory).
   */
  private static final Map<Path, FileStore> FILE_STORES = new ConcurrentHashMap<>();

  private final Map<Object, SessionStore> stores = new ConcurrentHashMap<>();

  /** The clean-up period of each store, in milliseconds. */
  private final Map<SessionStore, Long> periods = new ConcurrentHashMap<>();

  /** Made on the first clean-up, ended by {@link #stop}; {@code null} while none runs. */
  private ScheduledExecutorService cleanup;

  /** The clean-up executor's one thread, joined on {@link #stop} so that it is gone after it. */
  private volatile Thread cleanupThread;

  SessionStore ram() {
    return shared("ram", RamStore::new);
  }

  SessionStore file(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    return FILE_STORES.computeIfAbsent(dir, FileStore::new);
  }

  SessionStore redis(URI uri, String prefix) {
    return shared(
        "redis:" + uri + " " + prefix,
        () -> {
          try {
            return new RedisStore(uri, prefix);
          } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                "tools.sessions.storage_type 'redis' needs the Redis client redis.clients:jedis on the class path",
                e);
          }
        });
  }

  /**
   * Runs {@code store.cleanUp()} every {@code minutes} from now on, unless it runs already (or
   * {@code minutes} is 0).
   */
  synchronized void scheduleCleanUp(SessionStore store, double minutes) {
    long period = Math.max(1, Math.round(minutes * 60_000));
    if (minutes > 0 && periods.putIfAbsent(store, period) == null) {
      schedule(store, period);
    }
  }

  /** Starts the clean-up of every store again after {@link #stop}. */
  synchronized void start() {
    if (cleanup == null) {
      periods.forEach(this::schedule);
    }
  }

  /** Ends the clean-up thread and waits for it to finish a clean-up it is running. */
  synchronized void stop() {
    ScheduledExecutorService running = cleanup;
    Thread thread = cleanupThread;
    cleanup = null;
    cleanupThread = null;
    if (running != null) {
      running.shutdownNow();
      try {
        if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
          LOG.warn("Session clean-up did not finish within 10 s of the engine stopping");
        }
        if (thread != null) {
          thread.join(TimeUnit.SECONDS.toMillis(10));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the clean-up, closes the stores that hold connections and forgets every store. */
  synchronized void close() {
    stop();
    for (SessionStore s : stores.values()) {
      if (s instanceof AutoCloseable) {
        try {
          ((AutoCloseable) s).close();
        } catch (Exception e) {
          LOG.warn("Closing session store " + s + " failed", e);
        }
      }
    }
    stores.clear();
    periods.clear();
  }

  private void schedule(SessionStore store, long periodMillis) {
    if (cleanup == null) {
      cleanup =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "Session cleanup");
                t.setDaemon(true);
                cleanupThread = t;
                return t;
              });
    }
    cleanup.scheduleWithFixedDelay(
        () -> cleanUp(store), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  private static void cleanUp(SessionStore store) {
    try {
      store.cleanUp();
    } catch (RuntimeException e) {
      LOG.warn("Session clean-up failed; retrying next round", e);
    }
  }

  private SessionStore shared(Object key, Supplier<SessionStore> make) {
    return stores.computeIfAbsent(key, k -> make.get());
  }
}
