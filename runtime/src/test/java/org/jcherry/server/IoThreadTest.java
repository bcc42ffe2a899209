package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.fixture.Paths;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over the socket: a {@code @NonBlocking} handler without a body to read runs on the IO thread
 * (XNIO names it {@code ... I/O-n}); a blocking tool in its chain, a request body, a blocking
 * handler and the target of an internal redirect run on a worker; a failure answers as on a worker.
 */
class IoThreadTest {
  private static final String IO = "I/O";
  private static final String WORKER = RequestThreads.NAME;

  @RegisterExtension static final CherryServer server = CherryServer.of(new Paths());

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
  void aRequestWithABodyRunsOnAWorker(TestClient client) {
    TestResponse r = client.post("/fast", Map.of("name", "posted"));
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().startsWith(WORKER) && r.body().endsWith(" posted"), r.body());
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
}
