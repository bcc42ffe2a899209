package org.jcherry.samples.sessions;

import static org.jcherry.samples.sessions.SessionCookies.get;
import static org.jcherry.samples.sessions.SessionCookies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;

/**
 * Sessions in a Redis that is stopped and started again under load (issue 10, item 6): two clients
 * per session bump its counter while Redis goes away three times. Every answer is counted: a 200 is
 * an update the session must keep, a 503 one it must not; the counter at the end must equal the
 * 200s (no lost update, no phantom one), no 503 may hand out a session cookie, and right after
 * Redis is back every session answers 200 at once, though requests held its lock when Redis went
 * away (a lock left behind expires within {@code lock_timeout}).
 */
class RedisOutageTest {
  private static final int SESSIONS = 6;
  private static final int CLIENTS_PER_SESSION = 2;
  private static final int OUTAGES = 3;

  /** Per session, the counts its 200 answers reported. */
  private final Map<String, Set<Integer>> answered = new ConcurrentHashMap<>();

  private final AtomicInteger ok = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger duplicateCounts = new AtomicInteger();
  private final AtomicInteger cookiesOnFaults = new AtomicInteger();
  private final AtomicInteger otherAnswers = new AtomicInteger();
  private final AtomicInteger noAnswer = new AtomicInteger();

  @Test
  void noUpdateIsLostOrPhantomAndEverySessionWorksOnceRedisIsBack() throws Exception {
    try (RedisServer redis = RedisServer.start()) {
      CherryServer server =
          CherryServer.empty()
              .mount(
                  new Pages(),
                  "",
                  SessionToolTest.on(
                      Map.of(
                          "tools.sessions.storage_type",
                          "redis",
                          "tools.sessions.redis_url",
                          redis.uri().toString(),
                          "tools.sessions.lock_timeout",
                          5)))
              .global("environment", "production")
              .start();
      try {
        TestClient client = server.client();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
          String id = id(client.get("/count"));
          ids.add(id);
          answered.put(id, ConcurrentHashMap.newKeySet());
          answered.get(id).add(1);
          ok.incrementAndGet();
        }
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (String id : ids) {
          for (int c = 0; c < CLIENTS_PER_SESSION; c++) {
            Thread t = new Thread(() -> bumpUntilStopped(client, id, running), "bump " + id);
            t.start();
            load.add(t);
          }
        }
        for (int outage = 1; outage <= OUTAGES; outage++) {
          Thread.sleep(700);
          redis.down();
          Thread.sleep(800);
          if (outage == OUTAGES) {
            running.set(false);
          }
          redis.up();
        }
        for (Thread t : load) {
          t.join(30_000);
        }
        // Right after Redis came back: locks held when it went away must not keep anyone out.
        for (String id : ids) {
          TestResponse r = get(client, "/count", id);
          assertEquals(200, r.status(), "session " + id + " after Redis came back: " + r);
          record(id, r);
        }
        int lost = 0;
        int phantom = 0;
        for (String id : ids) {
          int stored = Integer.parseInt(get(client, "/count", id).body().substring(6)) - 1;
          int kept = answered.get(id).size();
          lost += Math.max(0, kept - stored);
          phantom += Math.max(0, stored - kept);
        }
        String figures =
            String.format(
                "answered=%d refused=%d lost=%d phantom=%d duplicate_counts=%d"
                    + " cookies_on_503=%d other=%d no_answer=%d",
                ok.get(),
                refused.get(),
                lost,
                phantom,
                duplicateCounts.get(),
                cookiesOnFaults.get(),
                otherAnswers.get(),
                noAnswer.get());
        System.out.println("RedisOutageTest: " + figures);
        assertEquals(
            "lost=0 phantom=0 duplicate_counts=0 cookies_on_503=0 other=0 no_answer=0",
            String.format(
                "lost=%d phantom=%d duplicate_counts=%d cookies_on_503=%d other=%d no_answer=%d",
                lost,
                phantom,
                duplicateCounts.get(),
                cookiesOnFaults.get(),
                otherAnswers.get(),
                noAnswer.get()),
            figures);
      } finally {
        server.stop();
      }
    }
  }

  private void bumpUntilStopped(TestClient client, String id, AtomicBoolean running) {
    while (running.get()) {
      try {
        record(id, get(client, "/count", id));
      } catch (RuntimeException e) {
        noAnswer.incrementAndGet();
      }
    }
  }

  private void record(String id, TestResponse r) {
    boolean cookie = !r.headers("Set-Cookie").isEmpty();
    if (r.status() == 200) {
      ok.incrementAndGet();
      if (!answered.get(id).add(Integer.parseInt(r.body().substring(6)))) {
        duplicateCounts.incrementAndGet();
      }
      if (cookie && !id.equals(id(r))) {
        cookiesOnFaults.incrementAndGet();
      }
    } else if (r.status() == 503) {
      refused.incrementAndGet();
      if (cookie) {
        cookiesOnFaults.incrementAndGet();
      }
    } else {
      otherAnswers.incrementAndGet();
    }
  }
}
