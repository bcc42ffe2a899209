package org.jcherry.samples.sessions;

import static org.jcherry.samples.sessions.SessionCookies.concurrently;
import static org.jcherry.samples.sessions.SessionCookies.get;
import static org.jcherry.samples.sessions.SessionCookies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jcherry.session.RedisStore;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;

/**
 * The Redis store with a real redis-server on 127.0.0.1:6379: two app instances (two servers, each
 * with its own Redis client, as two processes behind a load balancer) share one client's session.
 * Without a reachable Redis it fails in CI ({@code CI=true}; .ci/run starts one) and is skipped
 * elsewhere.
 */
class RedisStoreTest {
  private static final URI REDIS = URI.create("redis://127.0.0.1:6379");

  /** Keys of this run only, so runs and other users of the server do not meet. */
  private static final String PREFIX = "jcherry-test-" + UUID.randomUUID() + ":";

  @RegisterExtension static final CherryServer one = server();
  @RegisterExtension static final CherryServer two = server();

  private static CherryServer server() {
    return CherryServer.empty()
        .mount(
            new Pages(),
            "",
            SessionToolTest.on(
                Map.of(
                    "tools.sessions.storage",
                    new RedisStore(REDIS, PREFIX),
                    "tools.sessions.timeout",
                    5)))
        .global("environment", "production");
  }

  @BeforeAll
  static void needsRedis() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
    } catch (IOException e) {
      String why =
          "no Redis on 127.0.0.1:6379 (" + e.getMessage() + "); install and start redis-server";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + " - .ci/run does this in CI");
      }
      Assumptions.abort(why);
    }
  }

  @Test
  void twoInstancesShareOneClientsSession() {
    String id = id(one.client().get("/count"));
    assertEquals("count=2", get(two.client(), "/count", id).body());
    assertEquals("count=3", get(one.client(), "/count", id).body());
  }

  @Test
  void locksHoldAcrossInstances() throws Exception {
    String id = id(one.client().get("/count"));
    concurrently(8, "/slow_count", id, one.client(), two.client());
    assertEquals("count=10", get(two.client(), "/count", id).body());
  }

  @Test
  void redisExpiresTheDataWithTheSessionTimeout() {
    String id = id(one.client().get("/count"));
    try (RedisClient redis = RedisClient.create(REDIS)) {
      long ttl = redis.pttl(PREFIX + "session:" + id);
      assertTrue(ttl > 0 && ttl <= 5 * 60_000, "ttl " + ttl);
    }
  }

  @Test
  void jsonValuesComeBackAsTheyWere() {
    String id = id(one.client().get("/put_values"));
    assertEquals("héllo 5000000000 [a, 1, true] {k=2.5}", get(two.client(), "/values", id).body());
  }

  @Test
  void forgedIdsGetAFreshOne() {
    String body = get(two.client(), "/id", "*").body();
    assertTrue(body.matches("[0-9a-f]{40} missing=true original=\\*"), body);
  }

  @AfterAll
  static void deleteKeys() {
    try (RedisClient redis = RedisClient.create(REDIS)) {
      for (String key : redis.keys(PREFIX + "*")) {
        redis.del(key);
      }
    } catch (RuntimeException e) {
      // no Redis: nothing to delete
    }
  }
}
