package org.jcherry.samples.reqresp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Malformed headers, cookies and bodies get a clear 4xx, never a 500 or a hang, and leave no spool
 * file behind; served as the port is, with a 65536-byte server-wide body cap.
 */
class BadInputTest {
  static {
    SpoolDir.ensure();
  }

  private static final String BOUNDARY = "xyzzy";
  private static final Map<String, String> MULTIPART =
      Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);

  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root())
          .global("environment", "production")
          .global("server.max_request_body_size", 65536);

  private static byte[] upload(String content, boolean closed) {
    return ("--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"f.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + content
            + (closed ? "\r\n--" + BOUNDARY + "--\r\n" : ""))
        .getBytes(UTF_8);
  }

  @Test
  void aHeaderLineWithoutAColonIsA400(TestClient client) {
    TestResponse r =
        client.raw("GET / HTTP/1.1\r\nHost: h\r\nNoColonHere\r\nConnection: close\r\n\r\n");
    assertEquals(400, r.status());
  }

  @Test
  void aContentLengthThatIsNoNumberIsA400(TestClient client) {
    TestResponse r =
        client.raw(
            "POST /raw HTTP/1.1\r\nHost: h\r\nContent-Length: ten\r\nConnection: close\r\n\r\n");
    assertEquals(400, r.status());
  }

  @Test
  void aMalformedCookieIsA400(TestClient client) {
    TestResponse r = client.request("GET", "/cookies/show", Map.of("Cookie", "bad{name=1"), null);
    assertEquals(400, r.status());
    assertTrue(r.body().contains("<p>Illegal key 'bad{name'</p>"), r.body());
  }

  @Test
  void aMultipartBodyWithABadBoundaryIsA400(TestClient client) {
    TestResponse r =
        client.request(
            "POST",
            "/upload",
            Map.of("Content-Type", "multipart/form-data; boundary=\"a \""),
            upload("x", true));
    assertEquals(400, r.status());
  }

  @Test
  void aTruncatedUploadIsA400AndLeavesNoSpoolFile(TestClient client) {
    TestResponse r = client.request("POST", "/upload", MULTIPART, upload("y".repeat(5000), false));
    assertEquals(400, r.status());
    assertEquals(List.of(), SpoolDir.spoolFiles());
  }

  @Test
  void aSpooledUploadArrivesWholeAndIsDeletedAfterTheResponse(TestClient client) {
    TestResponse r = client.request("POST", "/upload", MULTIPART, upload("z".repeat(50_000), true));
    assertEquals(200, r.status(), r.toString());
    assertTrue(r.body().contains("\nsize=50000\n"), r.body());
    assertEquals(List.of(), SpoolDir.awaitNoSpoolFiles());
  }

  /**
   * Undertow answers a chunked body that grows past the cap itself (413) and closes the connection
   * with the rest unread, so the client sees that answer or, when its unsent bytes reset the
   * connection, nothing; never a 500, a 200, or a hang.
   */
  @Test
  void aChunkedBodyOverTheServerCapIsRefused() throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      String status;
      try {
        out.write(
            "POST /raw HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(UTF_8));
        for (int i = 0; i < 70; i++) {
          out.write(("3e8\r\n" + "y".repeat(1000) + "\r\n").getBytes(UTF_8));
        }
        out.write("0\r\n\r\n".getBytes(UTF_8));
        out.flush();
        status = new String(s.getInputStream().readNBytes(12), UTF_8);
      } catch (SocketException reset) {
        status = "reset";
      }
      assertTrue(
          status.equals("HTTP/1.1 413") || status.equals("reset") || status.isEmpty(), status);
    }
  }

  @Test
  void aDeclaredBodyOverTheServerCapIsA413BeforeItIsRead(TestClient client) {
    TestResponse r =
        client.raw(
            "POST /raw HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 70000\r\n\r\n");
    assertEquals(413, r.status());
    assertEquals("text/plain", r.header("Content-Type"));
    assertEquals("The entity sent with the request exceeds the maximum allowed bytes.", r.body());
  }
}
