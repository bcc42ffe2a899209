package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.jcherry.tools.fixture.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** staticdir, staticfile and file serving: types, validators, ranges, index files, traversal. */
class StaticToolsTest {
  @RegisterExtension static final CherryServer server = ToolTests.server();

  private static final String HELLO = "Hello, static world!\n";

  @Test
  void servesAFileWithValidators(TestClient client) {
    TestResponse r = client.get("/static/hello.txt");
    assertEquals(200, r.status());
    assertEquals(HELLO, r.body());
    assertEquals("text/plain", r.header("Content-Type"));
    assertEquals("bytes", r.header("Accept-Ranges"));
    assertEquals("21", r.header("Content-Length"));
    assertTrue(r.header("Last-Modified").endsWith(" GMT"), r.header("Last-Modified"));
  }

  @Test
  void ifModifiedSinceTheSameDateIs304(TestClient client) {
    String lastModified = client.get("/static/hello.txt").header("Last-Modified");
    TestResponse r = get(client, "/static/hello.txt", "If-Modified-Since", lastModified);
    assertEquals(304, r.status());
    assertEquals("", r.body());
    assertNull(r.header("Content-Type"));
    assertEquals(
        200,
        get(client, "/static/hello.txt", "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")
            .status());
  }

  @Test
  void ifUnmodifiedSinceAnotherDateIs412(TestClient client) {
    assertEquals(
        412,
        get(client, "/static/hello.txt", "If-Unmodified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")
            .status());
    String lastModified = client.get("/static/hello.txt").header("Last-Modified");
    assertEquals(
        200, get(client, "/static/hello.txt", "If-Unmodified-Since", lastModified).status());
  }

  @Test
  void oneRangeIs206WithContentRange(TestClient client) {
    TestResponse r = get(client, "/static/hello.txt", "Range", "bytes=2-5");
    assertEquals(206, r.status());
    assertEquals("bytes 2-5/21", r.header("Content-Range"));
    assertEquals("llo,", r.body());
    assertEquals("4", r.header("Content-Length"));
    assertEquals("rld!\n", get(client, "/static/hello.txt", "Range", "bytes=-5").body());
    assertEquals("world!\n", get(client, "/static/hello.txt", "Range", "bytes=14-").body());
    assertEquals(
        "bytes 14-20/21",
        get(client, "/static/hello.txt", "Range", "bytes=14-100").header("Content-Range"));
  }

  @Test
  void severalRangesAreMultipartByteranges(TestClient client) {
    TestResponse r = get(client, "/static/hello.txt", "Range", "bytes=0-4,7-12");
    assertEquals(206, r.status());
    String type = r.header("Content-Type");
    assertTrue(type.startsWith("multipart/byteranges; boundary="), type);
    String boundary = type.substring(type.indexOf('=') + 1);
    assertEquals(
        "\r\n--"
            + boundary
            + "\r\nContent-type: text/plain\r\nContent-range: bytes 0-4/21\r\n\r\nHello\r\n"
            + "--"
            + boundary
            + "\r\nContent-type: text/plain\r\nContent-range: bytes 7-12/21\r\n\r\nstatic\r\n"
            + "--"
            + boundary
            + "--\r\n",
        r.body());
  }

  @Test
  void unsatisfiableRangeIs416(TestClient client) {
    TestResponse r = get(client, "/static/hello.txt", "Range", "bytes=50-60");
    assertEquals(416, r.status());
    assertEquals("bytes */21", r.header("Content-Range"));
  }

  @Test
  void malformedRangeIs416NotA500(TestClient client) {
    for (String bad :
        new String[] {"garbage", "bytes=a-b", "bytes=1", "bytes=99999999999999999999-"}) {
      TestResponse r = get(client, "/static/hello.txt", "Range", bad);
      assertEquals(416, r.status(), bad);
      assertTrue(r.body().contains("Malformed Range header"), r.body());
    }
  }

  @Test
  void backwardsRangeServesTheWholeFile(TestClient client) {
    assertEquals(200, get(client, "/static/hello.txt", "Range", "bytes=5-2").status());
  }

  @Test
  void http10GetsNoRanges(TestClient client) {
    TestResponse r = client.raw("GET /static/hello.txt HTTP/1.0\r\nRange: bytes=0-1\r\n\r\n");
    assertEquals(200, r.status());
    assertNull(r.header("Accept-Ranges"));
    assertEquals(HELLO, r.body());
  }

  @Test
  void binaryFileComesBackByteForByte(TestClient client) throws Exception {
    byte[] expected = java.nio.file.Files.readAllBytes(Files.STATIC.resolve("data.bin"));
    TestResponse r = client.get("/static/data.bin");
    assertEquals("application/octet-stream", r.header("Content-Type"));
    assertArrayEquals(expected, r.bodyBytes());
    assertArrayEquals(
        Arrays.copyOfRange(expected, 10, 20),
        get(client, "/static/data.bin", "Range", "bytes=10-19").bodyBytes());
  }

  @Test
  void aFileBiggerThanTheSocketTakesComesWholeAndTheConnectionGoesOn(TestClient client)
      throws Exception {
    byte[] expected = java.nio.file.Files.readAllBytes(Files.BIG);
    TestResponse r = client.get("/files/big");
    assertEquals(200, r.status());
    assertEquals(Integer.toString(expected.length), r.header("Content-Length"));
    assertArrayEquals(expected, r.bodyBytes());
    TestResponse head = client.head("/files/big");
    assertEquals(Integer.toString(expected.length), head.header("Content-Length"));
    assertEquals(0, head.bodyBytes().length);
    // Two answers on one connection: the file's body ends exactly where its length says.
    String next = "GET /static/hello.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    byte[] both;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      socket
          .getOutputStream()
          .write(
              ("GET /files/big HTTP/1.1\r\nHost: x\r\n\r\n" + next)
                  .getBytes(StandardCharsets.US_ASCII));
      both = socket.getInputStream().readAllBytes();
    }
    String text = new String(both, StandardCharsets.ISO_8859_1);
    int body = text.indexOf("\r\n\r\n") + 4;
    assertArrayEquals(expected, Arrays.copyOfRange(both, body, body + expected.length));
    String rest = text.substring(body + expected.length);
    assertTrue(rest.startsWith("HTTP/1.1 200 OK\r\n") && rest.endsWith("\r\n\r\n" + HELLO), rest);
  }

  @Test
  void indexFileWithAndWithoutTrailingSlash(TestClient client) {
    assertEquals("<html><body>sub index</body></html>\n", client.get("/static/sub/").body());
    assertEquals("<html><body>sub index</body></html>\n", client.get("/static/sub").body());
    assertEquals("text/html", client.get("/static/sub/").header("Content-Type"));
  }

  @Test
  void missingFileFallsThroughTo404AndOtherMethodsAreNotServed(TestClient client) {
    assertEquals(404, client.get("/static/missing.txt").status());
    assertEquals(404, client.get("/static/hello.txt/").status());
    assertEquals(404, client.post("/static/hello.txt", Map.of()).status());
  }

  @Test
  void headGetsTheHeadersWithoutBody(TestClient client) {
    TestResponse r = client.head("/static/hello.txt");
    assertEquals(200, r.status());
    assertEquals("21", r.header("Content-Length"));
    assertEquals("", r.body());
  }

  @Test
  void traversalIsRefusedInEveryEncoding(TestClient client) {
    for (String path :
        new String[] {
          "/static/../ToolsConformanceTest.java", "/static/%2e%2e/pom.xml",
              "/static/%2E%2E/pom.xml",
          "/static/sub/../../pom.xml", "/static/..%2fpom.xml", "/static/%252e%252e/pom.xml",
          "/static/sub/%2e%2e/%2e%2e/pom.xml"
        }) {
      TestResponse r =
          client.raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertEquals(403, r.status(), path + ": " + r);
      assertTrue(!r.body().contains("<project"), path);
    }
  }

  @Test
  void nulInAStaticPathIs400(TestClient client) {
    for (String path : new String[] {"/static/hello.txt%00.png", "/static/%2500"}) {
      TestResponse r =
          client.raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertEquals(400, r.status(), path + ": " + r);
    }
  }

  @Test
  void relativeDirUnderRootWithMatchAndContentTypes(TestClient client) {
    TestResponse r = client.get("/assets/hello.txt");
    assertEquals(200, r.status());
    assertEquals("text/x-note", r.header("Content-Type"));
    assertEquals(HELLO, r.body());
    assertEquals(404, client.get("/assets/style.css").status());
  }

  @Test
  void downloadsGetAContentDisposition(TestClient client) {
    TestResponse r = client.get("/files/download");
    assertEquals(
        "attachment; filename=\"hllo.txt\"; filename*=UTF-8''h%C3%A9llo.txt",
        r.header("Content-Disposition"));
    assertEquals(HELLO, new String(r.bodyBytes(), StandardCharsets.UTF_8));
  }

  private static TestResponse get(TestClient client, String path, String header, String value) {
    return client.request("GET", path, Map.of(header, value), null);
  }
}
