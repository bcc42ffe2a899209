package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.fixture.Slow;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code server.socket_timeout}, cheroot's per-socket timeout: a client that stops sending or
 * reading for that long loses its connection, so it can neither hold a worker thread nor a
 * connection forever. Two workers only, so that two stalled clients would starve every other one.
 */
class SocketTimeoutTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Shop(), "/shop", Map.of())
          .mount(new Slow(), "/slow", Map.of())
          .global("server.socket_timeout", 1)
          .global("server.thread_pool", 2);

  private final List<RawConnection> connections = new ArrayList<>();

  @AfterEach
  void closeConnections() throws IOException {
    for (RawConnection c : connections) {
      c.close();
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosed() throws IOException {
    RawConnection c = connect();
    assertClosedByServer(c);
  }

  @Test
  void aRequestHeadThatStopsHalfWayIsClosed() throws IOException {
    RawConnection c = connect();
    c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\n");
    assertClosedByServer(c);
  }

  @Test
  void anIdleKeepAliveConnectionIsClosedAfterItsAnswer() throws IOException {
    RawConnection c = connect();
    c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\n\r\n");
    String answer = c.readUntilClosed();
    assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
  }

  @Test
  void bodiesThatStopHalfWayFreeTheirWorkers(TestClient client) throws IOException {
    for (int i = 0; i < 2; i++) {
      connect()
          .send(
              "POST /shop/item/1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  + "Content-Length: 100\r\n\r\ncolor=bl");
    }
    // Both workers wait for the rest of a body; only the timeout frees them for this request.
    assertEquals(200, client.get("/shop/").status());
  }

  @Test
  void clientsThatStopReadingFreeTheirWorkers(TestClient client) throws IOException {
    for (int i = 0; i < 2; i++) {
      RawConnection c = connect();
      c.socket().setReceiveBufferSize(4096);
      c.send("GET /slow/endless HTTP/1.1\r\nHost: x\r\n\r\n");
      // The answer has started, so this connection holds a worker from now on.
      assertTrue(
          new String(c.in().readNBytes(12), StandardCharsets.ISO_8859_1)
              .startsWith("HTTP/1.1 200"));
    }
    // Both workers write an endless answer nobody reads; only the timeout frees them.
    assertEquals(200, client.get("/shop/").status());
  }

  private RawConnection connect() throws IOException {
    RawConnection c = RawConnection.open(server.port());
    connections.add(c);
    return c;
  }

  private static void assertClosedByServer(RawConnection c) throws IOException {
    assertEquals("", c.readUntilClosed(), "the server answered instead of closing");
  }
}
