package org.jcherry.session;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.SetParams;

/**
 * Sessions in Redis, shared by every JCherry process that uses the same server and key prefix: two
 * processes behind a load balancer serve one client's session alike. Data is a JSON string (see
 * {@link JsonValues}) under {@code <prefix>session:<id>} that Redis itself expires, so {@link
 * #cleanUp()} has nothing to do. The session lock is a Redis key too, with a short lease renewed
 * while held ({@link RedisLocks}), so requests of one session are serialised across processes and a
 * lock whose holder lost Redis frees itself within {@code lock_timeout}.
 *
 * <p>Writes under a lock are fenced: a save lands only while its lock still holds the saver's
 * token, so a holder whose lock expired during an outage cannot overwrite the write of the next
 * one; the tokens of a session's last saves are kept ({@code <prefix>saved:<id>}), so a save whose
 * reply was lost asks again, for up to {@code lock_timeout}, until Redis says whether it was kept.
 * Any other Redis failure is a {@link SessionStoreException} (503).
 *
 * <p>A request of a known session with {@code locking = 'implicit'} makes three round trips: EXISTS
 * (its id), the lock taken with the data read, and the fenced save that also deletes the lock. The
 * scripts go by their SHA-1 ({@link RedisScript}).
 */
public final class RedisStore implements SessionStore, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.session");

  /** How many save tokens per session are kept to answer "was my save kept?". */
  private static final int KEPT_TOKENS = 16;

  private static final long RETRY_MILLIS = 50;

  /**
   * Saves and deletes the lock while it holds the token (1), else answers whether the token saved
   * before (2) or not (0): sent again after a lost reply, it finds the lock gone and its token
   * kept.
   */
  private static final RedisScript FENCED_SAVE =
      new RedisScript(
          "if redis.call('get', KEYS[1]) == ARGV[1] then "
              + "redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3]) "
              + "redis.call('lpush', KEYS[3], ARGV[1]) "
              + "redis.call('ltrim', KEYS[3], 0, "
              + (KEPT_TOKENS - 1)
              + ") "
              + "redis.call('pexpire', KEYS[3], ARGV[3]) "
              + "redis.call('del', KEYS[1]) return 1 end "
              + "for _, t in ipairs(redis.call('lrange', KEYS[3], 0, -1)) do "
              + "if t == ARGV[1] then return 2 end end return 0");

  private final RedisCommands redis;
  private final RedisLocks locks;
  private final String prefix;

  /**
   * Connects to {@code uri} ({@code redis://host:port[/db]}) with keys under {@code prefix} ({@code
   * jcherry:}).
   */
  public RedisStore(URI uri, String prefix) {
    this.redis = new RedisCommands(uri);
    this.locks = new RedisLocks(redis, prefix);
    this.prefix = prefix;
  }

  @Override
  public boolean exists(String id) {
    return redis.call(r -> r.exists(dataKey(id)));
  }

  @Override
  public Map<String, Object> load(String id) {
    return decode(redis.call(r -> r.get(dataKey(id))));
  }

  /**
   * The first load under a lock from {@link #lock} answers from the data read when the lock was
   * taken (no GET); any other, as {@link #load(String)}.
   */
  @Override
  public Map<String, Object> load(String id, SessionLock held) {
    RedisLocks.Held lock = ours(held, id);
    return lock != null && lock.hasSnapshot() ? decode(lock.takeSnapshot()) : load(id);
  }

  @Override
  public void save(String id, Map<String, Object> data, Duration timeout) {
    String json = JsonValues.encode(data);
    redis.call(r -> r.set(dataKey(id), json, SetParams.setParams().px(ttl(timeout))));
  }

  /**
   * The fenced save of a lock from {@link #lock}: kept only while the lock is still this holder's,
   * and the lock is deleted with it, so that its {@code release()} sends nothing. A reply lost to a
   * broken connection leaves it unknown whether the save landed, so it is asked again until Redis
   * answers or the lock timeout passes; only then is the outcome a 503 that may hide a kept write
   * (logged as such).
   */
  @Override
  public void save(String id, Map<String, Object> data, Duration timeout, SessionLock held) {
    RedisLocks.Held lock = ours(held, id);
    if (lock == null) {
      save(id, data, timeout);
      return;
    }
    List<String> keys = List.of(lock.key, dataKey(id), savedKey(id));
    List<String> args = List.of(lock.token, JsonValues.encode(data), Long.toString(ttl(timeout)));
    long deadline = System.nanoTime() + lock.lockTimeout.toNanos();
    lock.releasingBySave();
    boolean unknown = false;
    long answer;
    while (true) {
      try {
        answer = ((Number) redis.once(r -> FENCED_SAVE.run(r, keys, args))).longValue();
        break;
      } catch (JedisConnectionException e) {
        unknown |= !RedisCommands.neverSent(e);
        if (!unknown) {
          throw RedisCommands.unavailable(e);
        }
        if (System.nanoTime() > deadline) {
          LOG.warn(
              "Session {}: Redis did not come back within the lock timeout to say whether a save"
                  + " was kept; answering 503",
              id);
          throw RedisCommands.unavailable(e);
        }
        sleep();
      }
    }
    lock.releasedBySave();
    if (answer == 0) {
      throw new SessionStoreException(
          "The session lock expired before the session was saved; nothing was saved.", null);
    }
  }

  @Override
  public void delete(String id) {
    redis.call(r -> r.del(dataKey(id), savedKey(id)));
  }

  @Override
  public SessionLock lock(String id, Duration timeout) {
    return locks.lock(id, dataKey(id), timeout);
  }

  /** Nothing to do: Redis expires session keys itself. */
  @Override
  public void cleanUp() {}

  @Override
  public void checkValue(String key, Object value) {
    JsonValues.check("redis", key, value);
  }

  @Override
  public void close() {
    locks.close();
    redis.close();
  }

  /** {@code held} if it is a lock of session {@code id} from this store, else {@code null}. */
  private RedisLocks.Held ours(SessionLock held, String id) {
    return held instanceof RedisLocks.Held lock && lock.of(locks) && lock.id.equals(id)
        ? lock
        : null;
  }

  private static Map<String, Object> decode(String json) {
    return json == null ? null : JsonValues.decode(json);
  }

  private String dataKey(String id) {
    return prefix + "session:" + id;
  }

  private String savedKey(String id) {
    return prefix + "saved:" + id;
  }

  private static long ttl(Duration timeout) {
    return Math.max(1, timeout.toMillis());
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SessionStoreException("Interrupted waiting for the session store.", e);
    }
  }
}
