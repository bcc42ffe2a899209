package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request body the handler never reads (a text body is not parsed into parameters): a small one
 * is read and dropped so the connection carries the next request, as cheroot does; a large one, or
 * one the client holds back until {@code 100 Continue}, closes the connection instead.
 */
class UnreadBodyTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty().mount(new Shop(), "/shop", Map.of()).global("server.socket_timeout", 60);

  @Test
  void aSmallUnreadBodyKeepsTheConnection() throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(post(10, "") + "0123456789");
      assertAnswer(c, "shop index", false);
      c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\n\r\n");
      assertAnswer(c, "shop index", false);
    }
  }

  @Test
  void aLargeUnreadBodyClosesTheConnection() throws IOException {
    int size = 3 << 20;
    try (RawConnection c = RawConnection.open(server.port())) {
      OutputStream out = c.socket().getOutputStream();
      out.write(post(size, "").getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(new byte[size]);
      } catch (IOException closedEarly) {
        // The server may close before it has all of it.
      }
      assertAnswer(c, "shop index", true);
    }
  }

  @Test
  void aBodyHeldBackForContinueIsNotWaitedFor() throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(post(10, "Expect: 100-continue\r\n"));
      assertAnswer(c, "shop index", true);
    }
  }

  private static String post(int length, String extraHeaders) {
    return "POST /shop/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
        + length
        + "\r\n"
        + extraHeaders
        + "\r\n";
  }

  /**
   * Reads one answer with a Content-Length body; when {@code closes}, also that the server closed
   * after it.
   */
  private static void assertAnswer(RawConnection c, String body, boolean closes)
      throws IOException {
    RawConnection.Answer answer = c.readAnswer();
    String h = answer.head();
    assertTrue(h.startsWith("HTTP/1.1 200 "), h);
    assertEquals(closes, h.toLowerCase().contains("\r\nconnection: close\r\n"), h);
    assertEquals(body, answer.body());
    if (closes) {
      assertEquals(-1, c.in().read(), "the server kept the connection open");
    } else {
      assertFalse(h.toLowerCase().contains("connection: close"), h);
    }
  }
}
