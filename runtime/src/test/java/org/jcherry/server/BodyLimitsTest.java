package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jcherry.fixture.Uploads;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The body limit is {@code server.max_request_body_size}, not Undertow's 2 MiB: a 50 MB upload is
 * served whole with a Content-Length, with {@code Expect: 100-continue} and chunked, spooled to
 * disk without the heap holding it; past the limit each framing gets 413 and the connection closes.
 */
class BodyLimitsTest {
  private static final int MB = 1_000_000;
  private static final int UPLOAD = 50 * MB;
  private static final int LIMIT = 60 * MB;

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Uploads(), "/up", Map.of())
          .global("server.max_request_body_size", LIMIT)
          .global("server.socket_timeout", 10);

  private static final String BOUNDARY = "b0undary";
  private static final byte[] PART_HEAD =
      ("--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
              + "Content-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PART_TAIL =
      ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);

  private enum Framing {
    LENGTH,
    CONTINUE,
    CHUNKED
  }

  @Test
  void fiftyMegabytesWithAContentLength() throws Exception {
    upload(Framing.LENGTH);
  }

  @Test
  void fiftyMegabytesAfter100Continue() throws Exception {
    upload(Framing.CONTINUE);
  }

  @Test
  void fiftyMegabytesChunked() throws Exception {
    upload(Framing.CHUNKED);
  }

  @Test
  void pastTheLimitEachFramingGets413AndTheConnectionCloses() throws Exception {
    for (Framing f : Framing.values()) {
      try (RawConnection c = RawConnection.open(server.port())) {
        long size = LIMIT + MB;
        c.send(head(f, size + PART_HEAD.length + PART_TAIL.length));
        if (f == Framing.CHUNKED) {
          try {
            sendBody(c.socket().getOutputStream(), f, (int) size);
          } catch (IOException refusedMidway) {
            // The server answers and closes once the limit is passed.
          }
        }
        String got = c.readUntilClosed();
        assertTrue(got.startsWith("HTTP/1.1 413 "), f + ": " + got);
        assertTrue(got.contains("Connection: close") || !got.contains("keep-alive"), got);
      }
    }
  }

  private static void upload(Framing framing) throws Exception {
    MemoryPoolMXBean old = oldGeneration();
    System.gc();
    long before = old == null ? 0 : old.getUsage().getUsed();
    if (old != null) {
      old.resetPeakUsage();
    }
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(head(framing, (long) UPLOAD + PART_HEAD.length + PART_TAIL.length));
      if (framing == Framing.CONTINUE) {
        String interim = new String(c.in().readNBytes(25), StandardCharsets.ISO_8859_1);
        assertEquals("HTTP/1.1 100 Continue\r\n\r\n", interim);
      }
      String sent = sendBody(c.socket().getOutputStream(), framing, UPLOAD);
      RawConnection.Answer a = c.readAnswer();
      assertTrue(a.head().startsWith("HTTP/1.1 200 "), a.head());
      assertEquals(UPLOAD + " " + sent + " spooled", a.body());
    }
    if (old != null) {
      long grown = old.getPeakUsage().getUsed() - before;
      assertTrue(grown < UPLOAD / 2, "the old generation grew by " + grown + " bytes");
    }
  }

  private static String head(Framing f, long length) {
    return "POST /up/digest HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary="
        + BOUNDARY
        + "\r\n"
        + (f == Framing.CHUNKED
            ? "Transfer-Encoding: chunked\r\n"
            : "Content-Length: " + length + "\r\n")
        + (f == Framing.CONTINUE ? "Expect: 100-continue\r\n" : "")
        + "\r\n";
  }

  /** Sends the multipart body around {@code size} pseudo-random bytes; their SHA-256 in hex. */
  private static String sendBody(OutputStream out, Framing f, int size)
      throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] block = new byte[64 * 1024];
    writeFramed(out, f, PART_HEAD, PART_HEAD.length);
    long seed = 42;
    for (int left = size; left > 0; ) {
      for (int i = 0; i < block.length; i++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        block[i] = (byte) (seed >>> 56);
      }
      int n = Math.min(left, block.length);
      sha.update(block, 0, n);
      writeFramed(out, f, block, n);
      left -= n;
    }
    writeFramed(out, f, PART_TAIL, PART_TAIL.length);
    if (f == Framing.CHUNKED) {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.flush();
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void writeFramed(OutputStream out, Framing f, byte[] bytes, int n)
      throws IOException {
    if (f == Framing.CHUNKED) {
      out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.write(bytes, 0, n);
    if (f == Framing.CHUNKED) {
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** The heap pool a body held in memory would end in: a 50 MB array is allocated there. */
  private static MemoryPoolMXBean oldGeneration() {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    for (MemoryPoolMXBean p : pools) {
      if (p.getType() == MemoryType.HEAP
          && (p.getName().contains("Old") || p.getName().contains("Tenured"))) {
        return p;
      }
    }
    return null;
  }
}
