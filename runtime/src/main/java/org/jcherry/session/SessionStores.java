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
 * The stores of this process, shared by every handler whose config names the same one (as
 * CherryPy's session classes keep one cache per process), and their periodic clean-up: each store's
 * expired sessions are removed every {@code clean_freq} minutes (of the config that first used it)
 * on one daemon thread, "Session cleanup".
 */
final class SessionStores {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.session");
  private static final Map<Object, SessionStore> STORES = new ConcurrentHashMap<>();
  private static final Map<SessionStore, Boolean> CLEANED = new ConcurrentHashMap<>();
  private static final ScheduledExecutorService CLEANUP =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "Session cleanup");
            t.setDaemon(true);
            return t;
          });

  private SessionStores() {}

  static SessionStore ram() {
    return shared("ram", RamStore::new);
  }

  static SessionStore file(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    return shared("file:" + dir, () -> new FileStore(dir));
  }

  static SessionStore redis(URI uri, String prefix) {
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
  static void scheduleCleanUp(SessionStore store, double minutes) {
    if (minutes <= 0 || CLEANED.putIfAbsent(store, Boolean.TRUE) != null) {
      return;
    }
    long period = Math.max(1, Math.round(minutes * 60_000));
    CLEANUP.scheduleWithFixedDelay(() -> cleanUp(store), period, period, TimeUnit.MILLISECONDS);
  }

  private static void cleanUp(SessionStore store) {
    try {
      store.cleanUp();
    } catch (RuntimeException e) {
      LOG.warn("Session clean-up failed; retrying next round", e);
    }
  }

  private static SessionStore shared(Object key, Supplier<SessionStore> make) {
    return STORES.computeIfAbsent(key, k -> make.get());
  }
}
