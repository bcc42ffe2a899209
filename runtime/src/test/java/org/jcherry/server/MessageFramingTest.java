package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageFraming} alone: where a fault cuts the stream, and the invariant that matters most
 * for a parser under TCP, that the verdict does not depend on how the bytes were split into reads.
 */
class MessageFramingTest {
  private static final String GOOD = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
  private static final String CHUNKED =
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5;x=y\r\nhello\r\n0\r\nT: 1\r\n\r\n";
  private static final String FIXED = "POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";

  /** The verdict on {@code bytes} read in pieces cut at random: failure and cut, or none. */
  private static String verdict(byte[] bytes, Random split) {
    MessageFraming f = new MessageFraming();
    int off = 0;
    while (off < bytes.length) {
      int n = split == null ? bytes.length - off : 1 + split.nextInt(bytes.length - off);
      int took = f.scan(bytes, off, n);
      assertTrue(took >= 0 && took <= n);
      if (f.failure() != null) {
        assertTrue(f.cut() <= off + took, "cut past the bytes read");
        return f.failure().status() + "@" + f.cut() + (f.failure().inHead() ? "h" : "b");
      }
      assertEquals(n, took, "took fewer bytes without failing");
      off += n;
    }
    return "ok " + f.betweenMessages();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void soundMessagesPassAndEndBetweenMessages() {
    assertEquals("ok true", verdict(bytes(GOOD + CHUNKED + FIXED + GOOD), null));
    assertEquals("ok false", verdict(bytes(GOOD + "POST / HTTP/1.1\r\nContent-Length: 9"), null));
  }

  @Test
  void aFaultInAHeadCutsWhereThatMessageStarts() {
    String bad = GOOD + GOOD + "GET / HTTP/1.1\r\nX: a\u0001\r\n\r\n";
    assertEquals("400@" + 2 * GOOD.length() + "h", verdict(bytes(bad), null));
  }

  @Test
  void aFaultInABodyCutsAtTheFault() {
    String head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhel";
    assertEquals("400@" + head.length() + "b", verdict(bytes(head + "lo\r\n0\r\n\r\n"), null));
  }

  @Test
  void theHttp2PrefacePassesThrough() {
    MessageFraming f = new MessageFraming();
    byte[] b = bytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\u0000\u0001\u0002garbage");
    assertEquals(b.length, f.scan(b, 0, b.length));
    assertNull(f.failure());
  }

  @Test
  void theVerdictDoesNotDependOnHowTheBytesWereSplit() {
    Random r = new Random(20261202);
    String[] pieces = {
      GOOD,
      CHUNKED,
      FIXED,
      "\u0001",
      "\r",
      "\n",
      " ",
      "\t",
      ":",
      "Transfer-Encoding: chunked\r\n",
      "Content-Length: 2\r\n",
      "0\r\n",
      "HTTP/1.1",
      "\u00e9",
      "GET",
      "/"
    };
    for (int trial = 0; trial < 2000; trial++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(8); i >= 0; i--) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      byte[] b = bytes(sb.toString());
      String whole = verdict(b, null);
      for (int split = 0; split < 5; split++) {
        assertEquals(whole, verdict(b, new Random(trial * 31L + split)), sb.toString());
      }
    }
  }

  @Test
  void randomBytesNeverThrow() {
    Random r = new Random(7);
    for (int trial = 0; trial < 5000; trial++) {
      byte[] b = new byte[r.nextInt(200)];
      r.nextBytes(b);
      if (trial % 2 == 0 && b.length > 4) {
        System.arraycopy(bytes("GET "), 0, b, 0, 4);
      }
      String v = verdict(b, r);
      assertNotNull(v);
    }
  }
}
