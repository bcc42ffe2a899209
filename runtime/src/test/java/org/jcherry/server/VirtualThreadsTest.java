package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jcherry.fixture.PerThread;
import org.jcherry.fixture.Waiting;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;

/**
 * Requests on virtual threads (a JDK 21+ build run on 21+; .ci/run runs these on Temurin 25):
 * unset, {@code thread_pool} does not cap waiting handlers at ten; set, it bounds the requests
 * served at once; {@code virtual_threads = False} keeps the platform pool. Where there are no
 * virtual threads, asking for them fails at start, naming the key.
 */
class VirtualThreadsTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void fiftyWaitingHandlersAllRunAtOnceByDefault() throws Exception {
    assumeTrue(VirtualThreads.available(), "no virtual threads: " + VirtualThreads.why());
    Waiting waiting = new Waiting();
    CherryServer server = CherryServer.of(waiting).start();
    try {
      List<CompletableFuture<HttpResponse<String>>> answers = send(server, 50);
      // Ten platform threads would hold the other forty back until the deadline.
      awaitInside(waiting, 50);
      waiting.open.countDown();
      for (CompletableFuture<HttpResponse<String>> a : answers) {
        assertEquals(200, a.get().statusCode());
        assertEquals("done", a.get().body());
      }
    } finally {
      server.stop();
    }
  }

  @Test
  void threadPoolBoundsTheRequestsServedAtOnce() throws Exception {
    assumeTrue(VirtualThreads.available(), "no virtual threads: " + VirtualThreads.why());
    Waiting waiting = new Waiting();
    CherryServer server = CherryServer.of(waiting).global("server.thread_pool", 3).start();
    try {
      List<CompletableFuture<HttpResponse<String>>> answers = send(server, 8);
      awaitInside(waiting, 3);
      waiting.open.countDown();
      for (CompletableFuture<HttpResponse<String>> a : answers) {
        assertEquals(200, a.get().statusCode());
      }
      assertEquals(3, waiting.most.get(), "requests inside the handler at once");
    } finally {
      server.stop();
    }
  }

  @Test
  void requestsRunOnVirtualThreadsUnlessTurnedOff() throws Exception {
    assumeTrue(VirtualThreads.available(), "no virtual threads: " + VirtualThreads.why());
    assertEquals(RequestThreads.NAME, threadName(CherryServer.of(new Waiting())));
    assertTrue(
        threadName(CherryServer.of(new Waiting()).global("server.virtual_threads", false))
            .startsWith(RequestThreads.NAME + "-"));
  }

  @Test
  void threadDataPersistsAcrossRequestsOfASlot() throws Exception {
    assumeTrue(VirtualThreads.available(), "no virtual threads: " + VirtualThreads.why());
    CherryServer server = CherryServer.of(new PerThread()).global("server.thread_pool", 1).start();
    try {
      // One slot: each request has a fresh virtual thread, but borrows the one slot's bag.
      String first = get(server, "/");
      String second = get(server, "/");
      int n = Integer.parseInt(first.substring(0, first.indexOf(' ')));
      assertTrue(first.startsWith(n + " fresh " + RequestThreads.NAME), first);
      assertTrue(second.startsWith((n + 1) + " fresh " + RequestThreads.NAME), second);
    } finally {
      server.stop();
    }
  }

  @Test
  void platformThreadsWhereThereAreNoVirtualOnes() throws Exception {
    assumeFalse(VirtualThreads.available(), "this JVM and build have virtual threads");
    assertTrue(threadName(CherryServer.of(new Waiting())).startsWith(RequestThreads.NAME + "-"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerSettings.from(Map.of("server.virtual_threads", true)));
    assertTrue(
        e.getMessage().startsWith("server.virtual_threads = True needs a JDK 21+"), e::getMessage);
  }

  /**
   * The default per JVM is the faster kind, measured (bench/README.md, "Hand-off both ways"):
   * virtual threads where there are any, with thread_pool a bound of 10,000; else CherryPy's ten.
   */
  @Test
  void theDefaultIsVirtualThreadsWhereThereAreAnyElseTenPlatformThreads() {
    ServerSettings unset = ServerSettings.from(Map.of());
    assertEquals(VirtualThreads.available(), unset.virtualThreads());
    assertEquals(VirtualThreads.available() ? 10_000 : 10, unset.threadPool());
    ServerSettings off = ServerSettings.from(Map.of("server.virtual_threads", false));
    assertEquals(false, off.virtualThreads());
    assertEquals(10, off.threadPool());
  }

  @Test
  void virtualThreadsTakesOnlyTrueOrFalse() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ServerSettings.from(Map.of("server.virtual_threads", "sometimes")));
    assertTrue(e.getMessage().contains("server.virtual_threads"), e::getMessage);
    assertTrue(e.getMessage().contains("True or False"), e::getMessage);
  }

  private static String threadName(CherryServer server) throws Exception {
    server.start();
    try {
      return get(server, "/thread");
    } finally {
      server.stop();
    }
  }

  private static String get(CherryServer server, String path) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    return r.body();
  }

  private static List<CompletableFuture<HttpResponse<String>>> send(CherryServer server, int n) {
    List<CompletableFuture<HttpResponse<String>>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          CLIENT.sendAsync(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    return out;
  }

  /** Waits (up to a minute: a bound for a broken build, not a timing) for n requests inside. */
  private static void awaitInside(Waiting waiting, int n) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (waiting.inside.get() < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(n, waiting.inside.get(), "requests inside the handler");
  }
}
