package org.jcherry.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session locks of a {@link RedisStore}: a key {@code <prefix>lock:<id>} holding the holder's
 * random token, with a short lease that one daemon thread ("Redis session lock renewal") renews
 * while the lock is held. A process that dies or loses Redis while holding a lock stops renewing
 * it, so the lock expires within its lease (at most half the {@code lock_timeout}, see {@link
 * #lease}) of the last renewal, also when Redis keeps it over a restart: no request waits out a
 * lock nobody holds for longer than {@code lock_timeout}. Every script here is idempotent, so a
 * command whose reply was lost can be sent again.
 *
 * <p>Taking a lock also reads the session's data, which the first load under it uses instead of a
 * GET; the store's fenced save deletes the lock, so a request that saved releases without another
 * round trip ({@link Held#releasedBySave}).
 */
final class RedisLocks implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.session");

  /** The longest lease: how long a lock can outlive its holder. */
  static final Duration MAX_LEASE = Duration.ofSeconds(10);

  /** The shortest lease, so that renewals stay a few per second. */
  static final Duration MIN_LEASE = Duration.ofMillis(100);

  private static final long POLL_MILLIS = 5;

  /**
   * Takes the lock, or extends it when the token already holds it (a retried take), and answers
   * {data} (the session's JSON, nil when none) so the holder's first read needs no GET; 0 while
   * another holds it.
   */
  private static final RedisScript ACQUIRE =
      new RedisScript(
          "local v = redis.call('get', KEYS[1]) "
              + "if v == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) "
              + "elseif v then return 0 "
              + "else redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) end "
              + "return {redis.call('get', KEYS[2])}");

  /** Extends the lease only while the token still holds the lock. */
  private static final RedisScript RENEW =
      new RedisScript(
          "if redis.call('get', KEYS[1]) == ARGV[1] then "
              + "return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end");

  /** Deletes the lock only if it still holds this holder's token. */
  private static final RedisScript RELEASE =
      new RedisScript(
          "if redis.call('get', KEYS[1]) == ARGV[1] then "
              + "return redis.call('del', KEYS[1]) else return 0 end");

  private final RedisCommands redis;
  private final String prefix;
  private ScheduledExecutorService renewals;

  RedisLocks(RedisCommands redis, String prefix) {
    this.redis = redis;
    this.prefix = prefix;
  }

  /**
   * The lease of a lock whose waiters wait {@code lockTimeout}: half of it (a lock left by a holder
   * that lost Redis is free again well within one wait), between {@link #MIN_LEASE} and {@link
   * #MAX_LEASE}.
   */
  static Duration lease(Duration lockTimeout) {
    Duration half = lockTimeout.dividedBy(2);
    return half.compareTo(MIN_LEASE) < 0
        ? MIN_LEASE
        : half.compareTo(MAX_LEASE) > 0 ? MAX_LEASE : half;
  }

  String key(String id) {
    return prefix + "lock:" + id;
  }

  /**
   * Takes the lock of session {@code id}, polling for at most {@code timeout}, and reads the
   * session's data at {@code dataKey} in the same round trip.
   */
  Held lock(String id, String dataKey, Duration timeout) {
    String key = key(id);
    String token = RandomIds.hex(16);
    Duration lease = lease(timeout);
    List<String> keys = List.of(key, dataKey);
    List<String> args = List.of(token, Long.toString(lease.toMillis()));
    long deadline = System.nanoTime() + timeout.toNanos();
    Object taken;
    while ((taken = redis.call(r -> ACQUIRE.run(r, keys, args))) instanceof Number) {
      if (System.nanoTime() > deadline) {
        throw new SessionStoreException("Timed out waiting for the session lock.", null);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SessionStoreException("Interrupted waiting for the session lock.", e);
      }
    }
    Held held = new Held(id, key, token, timeout, (String) ((List<?>) taken).get(0));
    long every = Math.max(1, lease.toMillis() / 3);
    held.renewal =
        renewals().scheduleAtFixedRate(() -> held.renew(args), every, every, TimeUnit.MILLISECONDS);
    return held;
  }

  private synchronized ScheduledExecutorService renewals() {
    if (renewals == null) {
      renewals =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "Redis session lock renewal");
                t.setDaemon(true);
                return t;
              });
    }
    return renewals;
  }

  @Override
  public synchronized void close() {
    if (renewals != null) {
      renewals.shutdownNow();
      renewals = null;
    }
  }

  /** A lock this process holds: renewed until released, with the data read when it was taken. */
  final class Held implements SessionStore.SessionLock {
    final String id;
    final String key;
    final String token;

    /** How long the holder's save may keep asking Redis whether its write was kept. */
    final Duration lockTimeout;

    private volatile ScheduledFuture<?> renewal;

    /** The session's JSON (null: none) when the lock was taken, while {@link #hasSnapshot}. */
    private String snapshot;

    private boolean snapshotUnread = true;

    /** Set when a save that also deletes the lock is sent: a renewal finding it gone is no loss. */
    private volatile boolean releasingBySave;

    /** Set when Redis answered that save: the lock no longer holds the token. */
    private volatile boolean releasedBySave;

    private Held(String id, String key, String token, Duration lockTimeout, String snapshot) {
      this.id = id;
      this.key = key;
      this.token = token;
      this.lockTimeout = lockTimeout;
      this.snapshot = snapshot;
    }

    /**
     * Whether the data read with the lock may answer a load: only the first, while the lock is
     * held, as saves of other holders are fenced out meanwhile.
     */
    boolean hasSnapshot() {
      return snapshotUnread;
    }

    /** The data read with the lock (JSON, null for none); later loads read Redis. */
    String takeSnapshot() {
      String json = snapshot;
      forgetSnapshot();
      return json;
    }

    /** The save about to be sent deletes the lock too, while it holds the token. */
    void releasingBySave() {
      releasingBySave = true;
    }

    /**
     * Redis answered that save (kept, kept before, or refused): either way the lock no longer holds
     * this token, so {@link #release} has nothing to delete.
     */
    void releasedBySave() {
      releasedBySave = true;
    }

    private void forgetSnapshot() {
      snapshotUnread = false;
      snapshot = null;
    }

    boolean of(RedisLocks locks) {
      return locks == RedisLocks.this;
    }

    private void renew(List<String> args) {
      try {
        Object kept = redis.call(r -> RENEW.run(r, List.of(key), args));
        if (((Number) kept).longValue() == 0) {
          if (!releasingBySave) {
            // Expired while Redis was away and maybe taken by another: a save is refused (fenced).
            LOG.warn("Session {} lost its lock; its save will be refused", id);
          }
          stopRenewing();
        }
      } catch (SessionStoreException e) {
        LOG.debug("Renewing the lock of session {} failed; retrying: {}", id, e.toString());
      }
    }

    private void stopRenewing() {
      ScheduledFuture<?> r = renewal;
      if (r != null) {
        r.cancel(false);
      }
    }

    /**
     * Stops renewing and deletes the lock, unless the save did ({@link #releasedBySave}). A failure
     * is logged, not raised: the lease ends the lock anyway, and the answer of a request whose save
     * was kept must not turn into a 503.
     */
    @Override
    public void release() {
      forgetSnapshot();
      stopRenewing();
      if (releasedBySave) {
        return;
      }
      try {
        redis.call(r -> RELEASE.run(r, List.of(key), List.of(token)));
      } catch (SessionStoreException e) {
        LOG.warn("Could not release the lock of session {}; it expires with its lease", id, e);
      }
    }
  }
}
