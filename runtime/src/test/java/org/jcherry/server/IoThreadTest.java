package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcherry.fixture.Paths;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over the socket: a {@code @NonBlocking} handler runs on the IO thread (XNIO names it {@code ...
 * I/O-n}) without a body or with one whole in memory (a form, JSON through json_in), arrived with
 * its head or later; a blocking tool in its chain, a body beyond the IO thread's buffers, a chunked
 * one, one behind {@code Expect: 100-continue}, a multipart one, a blocking handler and the target
 * of an internal redirect run on a worker; failures and limits answer as on a worker.
 */
class IoThreadTest {
  private static final String IO = "I/O";
  private static final String WORKER = RequestThreads.NAME;

  /** More than the 64 KiB the IO thread buffers. */
  private static final int BEYOND_BUFFERS = 100_000;

  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Paths()).global("server.max_request_body_size", 2 * BEYOND_BUFFERS);

  @Test
  void aNonBlockingHandlerRunsOnTheIoThread(TestClient client) {
    TestResponse r = client.get("/fast?name=x");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().contains(IO) && r.body().endsWith(" x"), r.body());
  }

  @Test
  void manyRequestsOnOneConnectionStayOnTheIoThread(TestClient client) {
    for (int i = 0; i < 200; i++) {
      TestResponse r = client.get("/fast?name=" + i);
      assertEquals(200, r.status());
      assertTrue(r.body().contains(IO) && r.body().endsWith(" " + i), r.body());
    }
  }

  @Test
  void aNonBlockingToolKeepsItThere(TestClient client) {
    assertTrue(client.get("/zipped").body().contains(IO));
  }

  @Test
  void aBlockingToolInTheChainSendsItToAWorker(TestClient client) {
    String body = client.get("/cached").body();
    assertTrue(body.startsWith(WORKER), body);
  }

  @Test
  void aBlockingHandlerRunsOnAWorker(TestClient client) {
    String body = client.get("/blocking").body();
    assertTrue(body.startsWith(WORKER), body);
  }

  @Test
  void aSmallFormBodyIsReadOnTheIoThread(TestClient client) {
    TestResponse r = client.post("/fast", Map.of("name", "posted"));
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().contains(IO) && r.body().endsWith(" posted"), r.body());
  }

  @Test
  void aSmallJsonBodyIsReadOnTheIoThread(TestClient client) {
    TestResponse r = client.postJson("/echo", Map.of("a", List.of(1, "two")));
    assertEquals(200, r.status(), r.body());
    assertEquals("application/json", r.header("Content-Type"));
    assertTrue(r.body().contains(IO), r.body());
    assertTrue(r.body().endsWith("\"got\": {\"a\": [1, \"two\"]}}"), r.body());
  }

  /**
   * Handlers run on the IO threads here, so there is one a core, not half the cores: connections
   * are spread over that many threads, all of which serve {@code /fast}.
   */
  @Test
  void anAppWithIoThreadHandlersHasAnIoThreadPerCore() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    assertEquals(cores, server.server().settings().ioThreads());
    Set<String> threads = new HashSet<>();
    List<RawConnection> open = new ArrayList<>();
    try {
      // Enough connections that each IO thread gets some, however XNIO deals them out.
      for (int i = 0; i < 20 * cores; i++) {
        RawConnection c = RawConnection.open(server.port());
        open.add(c);
        c.send("GET /fast?name=c" + i + " HTTP/1.1\r\nHost: x\r\n\r\n");
        String body = c.readAnswer().body();
        threads.add(body.substring(0, body.lastIndexOf(' ')));
      }
    } finally {
      for (RawConnection c : open) {
        c.close();
      }
    }
    assertEquals(cores, threads.size(), threads.toString());
  }

  @Test
  void theRoutesTellThatAJsonHandlerIsServedOnTheIoThread() {
    assertTrue(server.app("").servesOnIoThread("/echo"));
    assertFalse(server.app("").servesOnIoThread("/cached"));
  }

  @Test
  void pipelinedJsonBodiesOnOneConnectionAreEachReadWhole() throws Exception {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(jsonPost("/echo", "[1]") + jsonPost("/echo", "[22]"));
      RawConnection.Answer first = c.readAnswer();
      RawConnection.Answer second = c.readAnswer();
      assertTrue(first.body().contains(IO) && first.body().endsWith("[1]}"), first.body());
      assertTrue(second.body().contains(IO) && second.body().endsWith("[22]}"), second.body());
    }
  }

  @Test
  void aBodyThatArrivesAfterItsHeadIsStillReadOnTheIoThread() throws Exception {
    try (RawConnection c = RawConnection.open(server.port())) {
      String request = jsonPost("/echo", "{\"late\": true}");
      int split = request.length() - 5;
      c.send(request.substring(0, split));
      Thread.sleep(200);
      c.send(request.substring(split));
      RawConnection.Answer a = c.readAnswer();
      assertTrue(a.head().startsWith("HTTP/1.1 200 "), a.head());
      assertTrue(a.body().contains(IO) && a.body().endsWith("{\"late\": true}}"), a.body());
    }
  }

  @Test
  void aBodyBeyondTheBuffersIsReadOnAWorker(TestClient client) {
    String big = "x".repeat(BEYOND_BUFFERS);
    TestResponse r = client.postJson("/echo", Map.of("big", big));
    assertEquals(200, r.status());
    assertTrue(r.body().contains(WORKER) && !r.body().contains(IO), r.body().substring(0, 80));
    assertTrue(r.body().endsWith("\"got\": {\"big\": \"" + big + "\"}}"));
  }

  @Test
  void aBodyBehindExpectContinueIsReadOnAWorker() throws Exception {
    try (RawConnection c = RawConnection.open(server.port())) {
      String request = jsonPost("/echo", "[3]");
      int body = request.indexOf("\r\n\r\n") + 4;
      c.send(request.substring(0, body - 2) + "Expect: 100-continue\r\n\r\n");
      String interim = new String(c.in().readNBytes(25), StandardCharsets.ISO_8859_1);
      assertEquals("HTTP/1.1 100 Continue\r\n\r\n", interim);
      c.send(request.substring(body));
      RawConnection.Answer a = c.readAnswer();
      assertTrue(a.body().contains(WORKER) && a.body().endsWith("[3]}"), a.body());
    }
  }

  @Test
  void aSlowChunkedBodyIsReadOnAWorker() throws Exception {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(
          "POST /fast HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n5\r\nname=\r\n");
      Thread.sleep(200);
      c.send("7\r\nchunked\r\n0\r\n\r\n");
      RawConnection.Answer a = c.readAnswer();
      assertTrue(a.body().startsWith(WORKER) && a.body().endsWith(" chunked"), a.body());
    }
  }

  @Test
  void aMultipartBodyIsReadOnAWorker(TestClient client) {
    // Its uploads may be spooled to files, which would block the IO thread.
    TestResponse r = client.multipart("/fast", Map.of("name", "parts"), List.of(), Map.of());
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().startsWith(WORKER) && r.body().endsWith(" parts"), r.body());
  }

  @Test
  void malformedJsonIsA400OnTheIoThreadAsOnAWorker(TestClient client) {
    TestResponse small = client.send("POST", "/echo", "application/json", bytes("{nope"), Map.of());
    TestResponse big =
        client.send(
            "POST", "/echo", "application/json", bytes("{" + " ".repeat(BEYOND_BUFFERS)), Map.of());
    assertEquals(400, small.status());
    assertEquals(400, big.status());
    assertTrue(small.body().contains("Invalid JSON document"), small.body());
    assertTrue(big.body().contains("Invalid JSON document"), big.body());
    assertEquals(big.header("Content-Type"), small.header("Content-Type"));
    // The tracebacks show where each was read.
    assertTrue(small.body().contains("serveOnIoThread"), small.body());
    assertFalse(big.body().contains("serveOnIoThread"), big.body());
  }

  @Test
  void requestBodyMaxbytesStillAnswers413(TestClient client) {
    TestResponse overMaxbytes = client.postJson("/small", Map.of("s", "y".repeat(200)));
    assertEquals(413, overMaxbytes.status(), overMaxbytes.body());
    TestResponse withinMaxbytes = client.postJson("/small", Map.of("s", "y"));
    assertEquals(200, withinMaxbytes.status());
    assertTrue(withinMaxbytes.body().contains(IO), withinMaxbytes.body());
  }

  @Test
  void aBodyOverTheServersLimitIsStillRefusedBeforeItIsRead() throws Exception {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(
          "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + 3 * BEYOND_BUFFERS
              + "\r\n\r\n[");
      RawConnection.Answer a = c.readAnswer();
      assertTrue(a.head().startsWith("HTTP/1.1 413 "), a.head());
    }
  }

  @Test
  void aFailureAnswersAsOnAWorker(TestClient client) {
    TestResponse io = client.get("/boom");
    TestResponse worker = client.get("/boomOnWorker");
    assertEquals(500, io.status());
    assertEquals(worker.status(), io.status());
    assertEquals(worker.header("Content-Type"), io.header("Content-Type"));
    assertTrue(io.body().contains("boom on ") && io.body().contains(IO), io.body());
    assertTrue(worker.body().contains("boom on " + WORKER), worker.body());
  }

  @Test
  void anInternalRedirectGoesOnOnAWorker(TestClient client) {
    TestResponse r = client.get("/onward");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().startsWith(WORKER), r.body());
  }

  @Test
  void aHeadRequestIsAnsweredWithoutABody(TestClient client) {
    TestResponse r = client.head("/fast?name=x");
    assertEquals(200, r.status());
    assertEquals("", r.body());
  }

  private static String jsonPost(String path, String json) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        + bytes(json).length
        + "\r\n\r\n"
        + json;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
