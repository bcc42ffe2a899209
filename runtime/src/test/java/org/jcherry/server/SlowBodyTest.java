package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow bodies cannot starve the pool: 50 connections that send a head and two bytes of a 100-byte
 * body hold no worker of the ten, so other requests are still answered at once; the stalled
 * connections are closed after {@code server.socket_timeout}.
 */
class SlowBodyTest {
  private static final int SLOW = 50;

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Shop(), "/shop", Map.of())
          .global("server.thread_pool", 10)
          .global("server.socket_timeout", 3);

  @Test
  void fiftyStalledBodiesLeaveThePoolFree() throws Exception {
    List<RawConnection> slow = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW; i++) {
        RawConnection c = RawConnection.open(server.port());
        c.send(
            "POST /shop/item/1 HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nco");
        slow.add(c);
      }
      for (int i = 0; i < 5; i++) {
        try (RawConnection c = RawConnection.open(server.port())) {
          c.socket().setSoTimeout(1000); // answered within a second, or the read fails
          c.send("GET /shop/ HTTP/1.1\r\nHost: x\r\n\r\n");
          RawConnection.Answer a = c.readAnswer();
          assertTrue(a.head().startsWith("HTTP/1.1 200 "), a.head());
          assertEquals("shop index", a.body());
        }
      }
      // The stalled ones are closed at socket_timeout, without an answer that could be mistaken
      // for theirs.
      for (RawConnection c : slow) {
        assertEquals("", c.readUntilClosed());
      }
    } finally {
      for (RawConnection c : slow) {
        c.close();
      }
    }
  }

  @Test
  void aBodyThatArrivesLateIsStillServed() throws Exception {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(
          "POST /shop/item/1 HTTP/1.1\r\nHost: x\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\ncol");
      Thread.sleep(200);
      c.send("or=blue");
      RawConnection.Answer a = c.readAnswer();
      assertEquals("item 1 blue", a.body(), a.head());
    }
  }
}
