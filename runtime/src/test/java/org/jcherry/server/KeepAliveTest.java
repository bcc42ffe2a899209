package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        String head = readAnswer(c);
        assertFalse(head.toLowerCase().contains("\r\nconnection:"), head);
      }
    }
  }

  @Test
  void aClientsCloseIsAnsweredWithCloseAndTheConnectionCloses() throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      String head = readAnswer(c);
      assertTrue(head.toLowerCase().contains("\r\nconnection: close\r\n"), head);
      assertEquals(-1, c.in().read(), "the server kept the connection open");
    }
  }

  /** Reads the index's answer and returns its head. */
  private static String readAnswer(RawConnection c) throws IOException {
    RawConnection.Answer answer = c.readAnswer();
    assertTrue(answer.head().startsWith("HTTP/1.1 200 "), answer.head());
    assertEquals("shop index", answer.body());
    return answer.head();
  }
}
