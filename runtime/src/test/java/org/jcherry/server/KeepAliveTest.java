package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Connection header as cheroot writes it: none on an HTTP/1.1 answer whose connection stays
 * open (keep-alive is HTTP/1.1's default), {@code close} when the client asked to close.
 */
class KeepAliveTest {
  @RegisterExtension
  static final CherryServer server = CherryServer.empty().mount(new Shop(), "/shop", Map.of());

  @Test
  void aKeptAliveAnswerNamesNoConnection() throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      for (int i = 0; i < 2; i++) {
        c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\n\r\n");
        String head = readAnswer(c.in());
        assertFalse(head.toLowerCase().contains("\r\nconnection:"), head);
      }
    }
  }

  @Test
  void aClientsCloseIsAnsweredWithCloseAndTheConnectionCloses() throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      String head = readAnswer(c.in());
      assertTrue(head.toLowerCase().contains("\r\nconnection: close\r\n"), head);
      assertEquals(-1, c.in().read(), "the server kept the connection open");
    }
  }

  /** Reads one answer with a Content-Length body and returns its head. */
  private static String readAnswer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      assertTrue(b >= 0, "closed before the answer: " + head);
      head.append((char) b);
    }
    String h = head.toString();
    assertTrue(h.startsWith("HTTP/1.1 200 "), h);
    int length = Integer.parseInt(h.replaceAll("(?is).*\r\ncontent-length: *(\\d+).*", "$1"));
    assertEquals("shop index", new String(in.readNBytes(length), StandardCharsets.ISO_8859_1));
    return h;
  }
}
