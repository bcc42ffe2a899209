package org.jcherry.samples.sessions;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;

/** What the session tests do with cookies: read the id a response set, send it back. */
final class SessionCookies {
  private SessionCookies() {}

  /** The value of cookie {@code name} that {@code r} sets. */
  static String id(TestResponse r, String name) {
    for (String c : r.headers("Set-Cookie")) {
      if (c.startsWith(name + "=")) {
        return c.substring(name.length() + 1, c.indexOf(';'));
      }
    }
    assertNotNull(null, "no " + name + " cookie in " + r);
    return null;
  }

  static String id(TestResponse r) {
    return id(r, "session_id");
  }

  /** GETs {@code target} sending {@code session_id=id}. */
  static TestResponse get(TestClient client, String target, String id) {
    return client.request("GET", target, Map.of("Cookie", "session_id=" + id), null);
  }

  /**
   * Sends {@code n} GETs of one session at once, spread over {@code clients}, and waits for all.
   */
  static void concurrently(int n, String target, String id, TestClient... clients)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<TestResponse>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        TestClient client = clients[i % clients.length];
        answers.add(pool.submit(() -> get(client, target, id)));
      }
      for (Future<TestResponse> f : answers) {
        TestResponse r = f.get();
        if (r.status() != 200) {
          throw new AssertionError("concurrent request failed: " + r);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
