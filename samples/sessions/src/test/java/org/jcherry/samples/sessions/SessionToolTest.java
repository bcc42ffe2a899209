package org.jcherry.samples.sessions;

import static org.jcherry.samples.sessions.SessionCookies.concurrently;
import static org.jcherry.samples.sessions.SessionCookies.get;
import static org.jcherry.samples.sessions.SessionCookies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jcherry.session.RamStore;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * tools.sessions with the RAM store over a socket: cookie options, ids, timeout, clean-up, locking,
 * failures.
 */
class SessionToolTest {
  /** The store of /short, to watch the clean-up. */
  private static final RamStore SHORT_STORE = new RamStore();

  /** The store of /nosave. */
  private static final FailingSaves FAILING_SAVES = new FailingSaves();

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Pages(), "/ram", on(Map.of()))
          .mount(
              new Pages(),
              "/opts",
              on(
                  Map.of(
                      "tools.sessions.name", "sid",
                      "tools.sessions.path", "/opts",
                      "tools.sessions.domain", "example.com",
                      "tools.sessions.secure", true,
                      "tools.sessions.httponly", true,
                      "tools.sessions.samesite", "Lax",
                      "tools.sessions.timeout", 5)))
          .mount(new Pages(), "/transient", on(Map.of("tools.sessions.persistent", false)))
          .mount(
              new Pages(),
              "/short",
              on(
                  Map.of(
                      "tools.sessions.storage", SHORT_STORE,
                      "tools.sessions.timeout", 0.0005, // 30 ms
                      "tools.sessions.clean_freq", 0.001)))
          .mount(new Pages(), "/early", on(Map.of("tools.sessions.locking", "early")))
          .mount(new Pages(), "/explicit", on(Map.of("tools.sessions.locking", "explicit")))
          .mount(new Pages(), "/nosave", on(Map.of("tools.sessions.storage", FAILING_SAVES)))
          .mount(
              new Pages(),
              "/down",
              on(
                  Map.of(
                      "tools.sessions.storage_type", "redis",
                      "tools.sessions.redis_url", "redis://127.0.0.1:1")))
          .global("environment", "production");

  static Map<String, Map<String, Object>> on(Map<String, Object> options) {
    Map<String, Object> section = new java.util.HashMap<>(options);
    section.put("tools.sessions.on", true);
    return Map.of("/", section);
  }

  @Test
  void theCookieCarriesTheSessionFromRequestToRequest(TestClient client) {
    TestResponse first = client.get("/ram/count");
    assertEquals("count=1", first.body());
    String id = id(first);
    TestResponse second = get(client, "/ram/count", id);
    assertEquals("count=2", second.body());
    assertEquals(id, id(second));
  }

  @Test
  void theCookieCarriesEveryOption(TestClient client) {
    String cookie = client.get("/opts/count").header("Set-Cookie");
    assertTrue(
        cookie.matches(
            "sid=[0-9a-f]{40}; Domain=example\\.com; expires=[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4}"
                + " \\d{2}:\\d{2}:\\d{2} GMT; HttpOnly; Max-Age=300; Path=/opts; SameSite=Lax; Secure"),
        cookie);
  }

  @Test
  void aNonPersistentCookieHasNoExpiry(TestClient client) {
    assertTrue(
        client
            .get("/transient/count")
            .header("Set-Cookie")
            .matches("session_id=[0-9a-f]{40}; Path=/"));
  }

  @Test
  void forgedAndOversizedIdsAreReplacedByFreshOnes(TestClient client) {
    for (String forged : new String[] {"../../etc/passwd", "x".repeat(5000), "0".repeat(40)}) {
      TestResponse r = get(client, "/ram/id", forged);
      assertEquals(200, r.status());
      String fresh = id(r);
      assertTrue(fresh.matches("[0-9a-f]{40}"), fresh);
      assertNotEquals(forged, fresh);
      assertTrue(r.body().startsWith(fresh + " missing=true original="), r.body());
    }
  }

  @Test
  void aSessionThatNeverStoredDataGetsANewIdEachTime(TestClient client) {
    String id = id(client.get("/ram/id"));
    assertNotEquals(id, id(get(client, "/ram/id", id)));
  }

  @Test
  void expiredDataReadsAsEmptyAndIsCleanedUp(TestClient client) throws InterruptedException {
    String id = id(client.get("/short/count"));
    Thread.sleep(100); // past the 30 ms timeout
    assertEquals("count=1", get(client, "/short/count", id).body());
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (SHORT_STORE.size() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, SHORT_STORE.size(), "the clean-up removes expired sessions");
  }

  @Test
  void implicitLockingRunsOneClientsRequestsOneAtATime(TestClient client) throws Exception {
    assertLockedCounting(client, "/ram/slow_count");
  }

  @Test
  void earlyLockingRunsOneClientsRequestsOneAtATime(TestClient client) throws Exception {
    assertLockedCounting(client, "/early/slow_count");
  }

  @Test
  void explicitLockingLocksWhenTheHandlerAsks(TestClient client) throws Exception {
    assertLockedCounting(client, "/explicit/locked_count");
  }

  private static void assertLockedCounting(TestClient client, String target) throws Exception {
    String prefix = target.substring(0, target.indexOf('/', 1));
    String id = id(client.get(prefix + "/count"));
    concurrently(8, target, id, client);
    assertEquals("count=10", get(client, prefix + "/count", id).body());
  }

  @Test
  void regenerateMovesTheDataToAFreshIdAndSendsOneCookie(TestClient client) {
    String before = id(client.get("/ram/count"));
    TestResponse login = get(client, "/ram/login", before);
    assertEquals(1, login.headers("Set-Cookie").size());
    String after = id(login);
    assertNotEquals(before, after);
    assertEquals("user=ada", get(client, "/ram/user", after).body());
    assertEquals("user=-", get(client, "/ram/user", before).body());
  }

  @Test
  void aHandlerMayTakeTheSessionAsAParameter(TestClient client) {
    TestResponse r = client.get("/ram/injected?add=x");
    assertEquals("id=" + id(r) + " added=x", r.body());
  }

  @Test
  void theRamStoreKeepsAnyObject(TestClient client) {
    assertEquals("stored", client.get("/ram/put_object").body());
  }

  @Test
  void aStoreThatFailsAnswers503(TestClient client) {
    TestResponse r = client.get("/down/count");
    assertEquals(503, r.status());
    assertTrue(r.body().contains("The session store is unavailable."), r.body());
    assertFalse(r.body().contains("Traceback"), r.body());
  }

  @Test
  void aSaveThatFailsAnswers503WithoutACookieAndReleasesTheLock(TestClient client) {
    String id = FAILING_SAVES.seed(Map.of("count", 1));
    TestResponse r = get(client, "/nosave/count", id);
    assertEquals(503, r.status());
    assertTrue(r.body().contains("The session store is unavailable."), r.body());
    assertEquals(List.of(), r.headers("Set-Cookie"), "a store fault sends no session cookie");
    FAILING_SAVES.lock(id, Duration.ZERO).release(); // throws if the failed request still held it
  }
}
