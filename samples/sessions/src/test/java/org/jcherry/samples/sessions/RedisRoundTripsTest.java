package org.jcherry.samples.sessions;

import static org.jcherry.samples.sessions.SessionCookies.get;
import static org.jcherry.samples.sessions.SessionCookies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * What one session request costs in Redis, counted on a redis-server of the test's own (its {@code
 * MONITOR} feed, see {@link RedisMonitor}), with {@code locking = 'implicit'}: the id checked, the
 * lock taken with the data read, the data saved with the lock dropped. Also that a Redis which
 * forgot the scripts ({@code SCRIPT FLUSH}) still serves, and that the data read along with the
 * lock is never used for data it no longer is (after regenerate or delete).
 */
class RedisRoundTripsTest {
  /** A kept session, and a new one: EXISTS, then EVALSHA lock+load, then EVALSHA save+release. */
  private static final Map<String, Long> THREE_ROUND_TRIPS = Map.of("exists", 1L, "evalsha", 2L);

  private static RedisServer redis;
  private static CherryServer server;
  private static RedisClient stats;
  private static RedisMonitor monitor;

  @BeforeAll
  static void start() throws Exception {
    redis = RedisServer.start();
    server =
        CherryServer.empty()
            .mount(
                new Pages(),
                "",
                SessionToolTest.on(
                    Map.of(
                        "tools.sessions.storage_type",
                        "redis",
                        "tools.sessions.redis_url",
                        redis.uri().toString())))
            .global("environment", "production")
            .start();
    stats = RedisClient.create(redis.uri());
    monitor = new RedisMonitor(redis.uri());
  }

  @AfterAll
  static void stop() throws Exception {
    if (monitor != null) {
      monitor.close();
    }
    if (stats != null) {
      stats.close();
    }
    if (server != null) {
      server.stop();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void aKeptSessionTakesThreeRoundTrips() {
    TestClient client = server.client();
    String id = id(client.get("/count"));
    assertEquals(
        THREE_ROUND_TRIPS,
        monitor.commandsOf(() -> assertEquals("count=2", get(client, "/count", id).body())));
  }

  @Test
  void aNewSessionTakesThreeRoundTrips() {
    TestClient client = server.client();
    client.get("/count"); // Redis has the scripts now
    // The EXISTS checks that the fresh id is not taken.
    assertEquals(
        THREE_ROUND_TRIPS,
        monitor.commandsOf(() -> assertEquals("count=1", client.get("/count").body())));
  }

  @Test
  void anUnknownIdCostsOneExistsMore() {
    TestClient client = server.client();
    client.get("/count");
    assertEquals(
        Map.of("exists", 2L, "evalsha", 2L),
        monitor.commandsOf(
            () -> assertEquals("count=1", get(client, "/count", "f".repeat(40)).body())));
  }

  @Test
  void aRedisThatForgotTheScriptsIsSentThemOnce() {
    TestClient client = server.client();
    String id = id(client.get("/count"));
    stats.scriptFlush();
    // Each script: EVALSHA answered NOSCRIPT, then EVAL, which runs it and caches it again.
    assertEquals(
        Map.of("exists", 1L, "evalsha", 2L, "eval", 2L),
        monitor.commandsOf(() -> assertEquals("count=2", get(client, "/count", id).body())));
    assertEquals(
        THREE_ROUND_TRIPS,
        monitor.commandsOf(() -> assertEquals("count=3", get(client, "/count", id).body())));
  }

  @Test
  void dataReadAfterRegenerateIsTheNewIdsNotWhatTheLockRead() {
    TestClient client = server.client();
    String id = id(client.get("/count"));
    assertEquals("count=2", get(client, "/count", id).body());
    TestResponse regenerated = get(client, "/regenerate_count", id);
    assertEquals("count=1", regenerated.body());
    String fresh = id(regenerated);
    assertNotEquals(id, fresh);
    assertEquals("count=2", get(client, "/count", fresh).body());
    assertFalse(stats.exists("jcherry:session:" + id), "the old id's data is deleted");
  }

  @Test
  void dataReadAfterDeleteIsNoneNotWhatTheLockRead() {
    TestClient client = server.client();
    String id = id(client.get("/count"));
    assertEquals("count=2", get(client, "/count", id).body());
    assertEquals("count=1", get(client, "/delete_count", id).body());
    assertEquals("count=2", get(client, "/count", id).body());
  }
}
