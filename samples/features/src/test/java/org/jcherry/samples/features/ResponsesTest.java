package org.jcherry.samples.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Handler return values (section 1.9), redirects, errors and error pages (sections 2.7-2.8). */
class ResponsesTest {
  @RegisterExtension static final CherryServer server = CherryServer.of(new Root());

  @Test
  void returnValues(TestClient client) {
    TestResponse bytes = client.get("/bytes");
    assertArrayEquals(new byte[] {1, 2, 3}, bytes.bodyBytes());
    assertEquals("application/octet-stream", bytes.header("Content-Type"));
    assertEquals("abc", client.get("/list").body());
    assertEquals("3", client.get("/list").header("Content-Length"));
    assertEquals("xy", client.get("/iterator").body());
    assertEquals("s1s2", client.get("/stream").body());
    assertEquals("from a stream", client.get("/input").body());
    TestResponse nothing = client.get("/nothing");
    assertEquals(200, nothing.status());
    assertEquals("0", nothing.header("Content-Length"));
  }

  @Test
  void textForANonTextTypeIsAnError(TestClient client) {
    TestResponse r = client.get("/json");
    assertEquals(500, r.status());
    assertTrue(r.body().contains("Page handlers MUST return bytes"), r.body());
  }

  @Test
  void redirectsResolveAgainstTheCurrentUrl(TestClient client) {
    TestResponse r = client.get("/go?to=/shelf/");
    assertEquals(303, r.status());
    assertEquals(client.base() + "/shelf/", r.header("Location"));
    assertEquals("text/html;charset=utf-8", r.header("Content-Type"));
    assertEquals(
        "This resource can be found at <a href=\""
            + client.base()
            + "/shelf/\">"
            + client.base()
            + "/shelf/</a>.",
        r.body());
    assertEquals(
        client.base() + "/other", client.get("/go?to=other&status=307").header("Location"));
    assertEquals(302, client.raw("GET /go?to=x HTTP/1.0\r\n\r\n").status());
    TestResponse notModified = client.get("/go?to=x&status=304");
    assertEquals(304, notModified.status());
    assertNull(notModified.header("Content-Type"));
  }

  @Test
  void severalRedirectUrlsAreListedAndEscaped(TestClient client) {
    TestResponse r = client.get("/many");
    assertEquals(300, r.status());
    assertEquals(client.base() + "/a", r.header("Location"));
    assertTrue(r.body().contains("<br />\n"), r.body());
    assertTrue(r.body().contains("b?x=&lt;1&gt;"), r.body());
  }

  @Test
  void internalRedirectsServeAnotherPathAsGet(TestClient client) {
    assertEquals("method=GET kw={from=internal} prev=/internal", client.get("/internal").body());
    TestResponse loop = client.get("/loop");
    assertEquals(500, loop.status());
    assertEquals("text/plain", loop.header("Content-Type"));
    assertTrue(loop.body().startsWith("Unrecoverable error in the server."), loop.body());
  }

  @Test
  void errorsGetCherryPysPage(TestClient client) {
    TestResponse r = client.get("/fail?code=403&msg=nope");
    assertEquals(403, r.status());
    assertTrue(r.body().contains("<title>403 Forbidden</title>"), r.body());
    assertTrue(r.body().contains("<p>nope</p>"), r.body());
    assertTrue(r.bodyBytes().length >= 257, "padded for old browsers");
    TestResponse missing = client.get("/missing");
    assertTrue(missing.body().contains("The path '/missing' was not found."), missing.body());
    TestResponse teapot = client.get("/fail?code=418");
    assertEquals("I'm a Teapot", teapot.reason());
  }

  @Test
  void unexpectedExceptionsAre500WithTheTracebackOutsideProduction(TestClient client) {
    TestResponse r = client.get("/boom");
    assertEquals(500, r.status());
    assertTrue(r.body().contains("java.lang.IllegalStateException: kaboom"), r.body());
  }

  @Test
  void responseStatusMayBeSetFreely(TestClient client) {
    TestResponse r = client.get("/status?s=299%20Fine");
    assertEquals(299, r.status());
    assertEquals("Fine", r.reason());
    TestResponse bad = client.get("/status?s=700");
    assertEquals(500, bad.status());
    assertTrue(bad.body().contains("700 is out of range"), bad.body());
  }

  @Test
  void headSendsTheLengthOfGet(TestClient client) {
    TestResponse r = client.head("/");
    assertEquals("8", r.header("Content-Length"));
    assertFalse(r.body().contains("features"));
  }
}
