package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
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
  /** Far longer than the one-second timeout; reaching it means the server never gave up. */
  private static final int PATIENCE_MILLIS = 15_000;

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Shop(), "/shop", Map.of())
          .mount(new Slow(), "/slow", Map.of())
          .global("server.socket_timeout", 1)
          .global("server.thread_pool", 2);

  private final List<Socket> sockets = new ArrayList<>();

  @AfterEach
  void closeSockets() throws IOException {
    for (Socket s : sockets) {
      s.close();
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosed() throws IOException {
    Socket s = connect();
    assertClosedByServer(s);
  }

  @Test
  void aRequestHeadThatStopsHalfWayIsClosed() throws IOException {
    Socket s = connect();
    send(s, "GET /shop/ HTTP/1.1\r\nHost: x\r\n");
    assertClosedByServer(s);
  }

  @Test
  void anIdleKeepAliveConnectionIsClosedAfterItsAnswer() throws IOException {
    Socket s = connect();
    send(s, "GET /shop/ HTTP/1.1\r\nHost: x\r\n\r\n");
    String answer = readUntilClosed(s);
    assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
  }

  @Test
  void bodiesThatStopHalfWayFreeTheirWorkers(TestClient client) throws IOException {
    for (int i = 0; i < 2; i++) {
      Socket s = connect();
      send(s, "POST /shop/item/1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          + "Content-Length: 100\r\n\r\ncolor=bl");
    }
    // Both workers wait for the rest of a body; only the timeout frees them for this request.
    assertEquals(200, client.get("/shop/").status());
  }

  @Test
  void clientsThatStopReadingFreeTheirWorkers(TestClient client) throws IOException {
    for (int i = 0; i < 2; i++) {
      Socket s = connect();
      s.setReceiveBufferSize(4096);
      send(s, "GET /slow/endless HTTP/1.1\r\nHost: x\r\n\r\n");
      // The answer has started, so this connection holds a worker from now on.
      assertTrue(new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
    }
    // Both workers write an endless answer nobody reads; only the timeout frees them.
    assertEquals(200, client.get("/shop/").status());
  }

  private Socket connect() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    s.setSoTimeout(PATIENCE_MILLIS);
    sockets.add(s);
    return s;
  }

  private static void send(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** What the server sent before it closed the connection; fails if it kept it open. */
  private static String readUntilClosed(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    StringBuilder got = new StringBuilder();
    byte[] buf = new byte[4096];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (SocketException reset) {
      // A reset is a close too.
    }
    return got.toString();
  }

  private static void assertClosedByServer(Socket s) throws IOException {
    assertEquals("", readUntilClosed(s), "the server answered instead of closing");
  }
}
