package org.jcherry.session;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Sessions in Redis, shared by every JCherry process that uses the same server and key prefix: two
 * processes behind a load balancer serve one client's session alike. Data is a JSON string (see
 * {@link JsonValues}) under {@code <prefix>session:<id>} that Redis itself expires, so {@link
 * #cleanUp()} has nothing to do. The session lock is a Redis key too ({@code <prefix>lock:<id>},
 * set only if absent, with a lease so a crashed process cannot hold it for ever), so requests of
 * one session are serialised across processes. Any Redis failure is a {@link SessionStoreException}
 * (503).
 */
public final class RedisStore implements SessionStore, AutoCloseable {
  /** How long a lock outlives a process that died holding it. */
  private static final Duration LOCK_LEASE = Duration.ofMinutes(5);

  private static final long POLL_MILLIS = 5;

  /** Deletes the lock only if it still holds this holder's token. */
  private static final String RELEASE =
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

  private final RedisClient redis;
  private final String prefix;

  /**
   * Connects to {@code uri} ({@code redis://host:port[/db]}) with keys under {@code prefix} ({@code
   * jcherry:}).
   */
  public RedisStore(URI uri, String prefix) {
    this.redis = RedisClient.create(uri);
    this.prefix = prefix;
  }

  @Override
  public boolean exists(String id) {
    return call(() -> redis.exists(dataKey(id)));
  }

  @Override
  public Map<String, Object> load(String id) {
    String json = call(() -> redis.get(dataKey(id)));
    return json == null ? null : JsonValues.decode(json);
  }

  @Override
  public void save(String id, Map<String, Object> data, Duration timeout) {
    String json = JsonValues.encode(data);
    call(
        () ->
            redis.set(
                dataKey(id), json, SetParams.setParams().px(Math.max(1, timeout.toMillis()))));
  }

  @Override
  public void delete(String id) {
    call(() -> redis.del(dataKey(id)));
  }

  @Override
  public SessionLock lock(String id, Duration timeout) {
    String key = prefix + "lock:" + id;
    String token = RandomIds.hex(16);
    long deadline = System.nanoTime() + timeout.toNanos();
    SetParams ifAbsent = SetParams.setParams().nx().px(LOCK_LEASE.toMillis());
    while (call(() -> redis.set(key, token, ifAbsent)) == null) {
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
    return () -> call(() -> redis.eval(RELEASE, List.of(key), List.of(token)));
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
    redis.close();
  }

  private String dataKey(String id) {
    return prefix + "session:" + id;
  }

  private static <T> T call(Supplier<T> command) {
    try {
      return command.get();
    } catch (JedisException e) {
      throw new SessionStoreException("The session store is unavailable.", e);
    }
  }
}
