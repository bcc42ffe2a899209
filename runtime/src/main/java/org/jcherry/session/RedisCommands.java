package org.jcherry.session;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The Redis client of a {@link RedisStore}, and how its commands fail. After Redis restarts, every
 * pooled connection is dead and only its next use finds out (and discards it), so a command that
 * meets a broken connection is sent again, up to once per pooled connection; the store's commands
 * are all idempotent for this. A command that cannot connect, times out, or fails otherwise is a
 * {@link SessionStoreException} (503) at once. The pool never makes a request wait longer than
 * {@link #POOL_WAIT} for a connection.
 */
final class RedisCommands implements AutoCloseable {
  /** Connections per store: more than a server's default thread_pool (10), so none waits. */
  static final int POOL_SIZE = 32;

  static final Duration POOL_WAIT = Duration.ofSeconds(2);

  private final RedisClient redis;

  RedisCommands(URI uri) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(POOL_SIZE);
    pool.setMaxIdle(POOL_SIZE);
    pool.setMaxWait(POOL_WAIT);
    this.redis = RedisClient.builder().fromURI(uri).poolConfig(pool).build();
  }

  /** Runs {@code command}, again on another connection while the one it used was broken. */
  <T> T call(Function<RedisClient, T> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(command);
      } catch (JedisConnectionException e) {
        if (!brokenConnection(e) || attempt > POOL_SIZE) {
          throw unavailable(e);
        }
      }
    }
  }

  /** Runs {@code command} once; a connection failure is raised as it is, anything else as a 503. */
  <T> T once(Function<RedisClient, T> command) {
    try {
      return command.apply(redis);
    } catch (JedisConnectionException e) {
      throw e;
    } catch (JedisException e) {
      throw unavailable(e);
    }
  }

  static SessionStoreException unavailable(Exception e) {
    return new SessionStoreException("The session store is unavailable.", e);
  }

  /**
   * Whether {@code e} is sure the command never reached Redis (no connection could be made), as
   * opposed to a connection that broke after the command went out, whose effect is unknown.
   */
  static boolean neverSent(Throwable e) {
    return causedBy(e, ConnectException.class);
  }

  /** A connection that Redis closed (not a refused connect, not a timeout): worth another try. */
  private static boolean brokenConnection(Throwable e) {
    return !neverSent(e) && !causedBy(e, SocketTimeoutException.class);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (causedBy(s, type)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void close() {
    redis.close();
  }
}
