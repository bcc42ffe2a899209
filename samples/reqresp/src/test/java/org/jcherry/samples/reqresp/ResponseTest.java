package org.jcherry.samples.reqresp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a handler controls of the response: status, headers on the wire, cookies, streaming. */
class ResponseTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty().mount(new Probe(), "", Map.of()).global("environment", "production");

  @Test
  void cookiesWithEveryAttribute(TestClient client) {
    TestResponse r = client.get("/setcookies");
    assertEquals(
        List.of(
            "full=v; Comment=\"a note\"; Domain=example.com; expires=Thu, 01 Jan 2037 00:00:00 GMT; HttpOnly;"
                + " Max-Age=60; Path=/p; SameSite=Lax; Secure",
            "quoted=\"a\\054b\\073c\\\"d\""),
        r.headers("Set-Cookie"));
  }

  @Test
  void headerValuesCannotInjectHeaders(TestClient client) {
    TestResponse r = client.get("/wire");
    assertEquals("aSet-Cookie: evil=1", r.header("X-Inject"));
    assertNull(r.header("Set-Cookie"));
  }

  @Test
  void headerValuesBeyondLatin1AreEncodedWords(TestClient client) {
    TestResponse r = client.get("/wire");
    assertEquals("=?utf-8?b?Y2Fmw6kg4oKs?=", r.header("X-Uni"));
    assertEquals("caf\u00e9", r.header("X-Latin"));
  }

  @Test
  void statusWithACustomReason(TestClient client) {
    TestResponse r = client.get("/status?code=418%20Teapot");
    assertEquals(418, r.status());
    assertEquals("Teapot", r.reason());
  }

  @Test
  void anIllegalStatusIsA500(TestClient client) {
    TestResponse r = client.get("/status?code=abc");
    assertEquals(500, r.status());
    assertTrue(
        r.body().contains("<p>Illegal response status from server ('abc' is non-numeric).</p>"),
        r.body());
    TestResponse range = client.get("/status?code=600");
    assertTrue(
        range.body().contains("<p>Illegal response status from server (600 is out of range).</p>"),
        range.body());
  }

  @Test
  void streamedBodiesAreChunkedOnHttp11(TestClient client) {
    TestResponse r = client.get("/sample/stream?n=2");
    assertEquals("chunked", r.header("Transfer-Encoding"));
    assertNull(r.header("Content-Length"));
    assertEquals("chunk 0\nchunk 1\n", r.body());
  }

  @Test
  void anEmptyStreamIsStillChunked(TestClient client) {
    TestResponse r = client.get("/sample/stream?n=0");
    assertEquals("chunked", r.header("Transfer-Encoding"));
    assertNull(r.header("Content-Length"));
    assertEquals("", r.body());
  }

  @Test
  void aStreamedHeadIsNotChunked(TestClient client) {
    TestResponse r = client.head("/sample/stream");
    assertEquals(200, r.status());
    assertNull(r.header("Transfer-Encoding"));
  }

  @Test
  void streamedBodiesAreCloseDelimitedOnHttp10(TestClient client) {
    TestResponse r = client.raw("GET /sample/stream?n=2 HTTP/1.0\r\n\r\n");
    assertEquals("HTTP/1.1", r.version());
    assertNull(r.header("Transfer-Encoding"));
    assertNull(r.header("Content-Length"));
    assertEquals("chunk 0\nchunk 1\n", r.body());
  }

  @Test
  void aStreamFailingBeforeItsFirstChunkIsABare500(TestClient client) {
    TestResponse r = client.get("/sample/stream?n=abc");
    assertEquals(500, r.status());
    assertEquals("text/plain", r.header("Content-Type"));
    assertEquals("Unrecoverable error in the server.", r.body());
  }
}
