package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The built-in tools of behaviour reference section 4, each over a socket. */
class BuiltInToolsTest {
  @RegisterExtension static final CherryServer server = ToolTests.server();

  @Test
  void gzipCompressesMatchingTypesForClientsThatAcceptIt(TestClient client) throws Exception {
    TestResponse r = get(client, "/toolset/gz", "Accept-Encoding", "gzip");
    assertEquals("gzip", r.header("Content-Encoding"));
    assertEquals("Accept-Encoding", r.header("Vary"));
    assertEquals("gzip me ".repeat(50), gunzip(r.bodyBytes()));
    assertEquals(
        "gzip",
        get(client, "/toolset/gz?type=application/ld%2Bjson", "Accept-Encoding", "gzip")
            .header("Content-Encoding"));
    assertEquals(
        "gzip",
        get(client, "/toolset/gz?type=text/csv", "Accept-Encoding", "x-gzip")
            .header("Content-Encoding"));
    assertNull(
        get(client, "/toolset/gz?type=image/png", "Accept-Encoding", "gzip")
            .header("Content-Encoding"));
  }

  @Test
  void gzipRespectsIdentityAndZeroQuality(TestClient client) {
    assertNull(
        get(client, "/toolset/gz", "Accept-Encoding", "identity, gzip;q=0.5")
            .header("Content-Encoding"));
    assertNull(
        get(client, "/toolset/gz", "Accept-Encoding", "gzip;q=0").header("Content-Encoding"));
    TestResponse none = client.get("/toolset/gz");
    assertNull(none.header("Content-Encoding"));
    assertEquals("Accept-Encoding", none.header("Vary"));
  }

  @Test
  void gzipWithNeitherIdentityNorGzipIs406(TestClient client) {
    TestResponse r = get(client, "/toolset/gz", "Accept-Encoding", "deflate");
    assertEquals(406, r.status());
    assertTrue(r.body().contains("identity, gzip"), r.body());
  }

  @Test
  void gzipLeavesEmptyBodiesAlone(TestClient client) {
    TestResponse r = get(client, "/toolset/gzempty", "Accept-Encoding", "gzip");
    assertEquals(200, r.status());
    assertNull(r.header("Content-Encoding"));
  }

  @Test
  void etagsForOtherMethodsAre412(TestClient client) {
    String tag = client.get("/toolset/tagged").header("ETag");
    assertEquals(304, get(client, "/toolset/tagged", "If-None-Match", tag).status());
    assertEquals(304, get(client, "/toolset/tagged", "If-None-Match", "*").status());
    assertEquals(
        412,
        client
            .request("POST", "/toolset/tagged", Map.of("If-None-Match", tag), new byte[0])
            .status());
    assertEquals(200, get(client, "/toolset/tagged", "If-Match", tag).status());
  }

  @Test
  void expiresZeroOnACacheableResponse(TestClient client) {
    TestResponse r = client.get("/toolset/lazynever");
    assertEquals("no-cache", r.header("Pragma"));
    assertEquals("no-cache, must-revalidate", r.header("Cache-Control"));
    assertEquals("Sun, 28 Jan 2007 00:00:00 GMT", r.header("Expires"));
  }

  @Test
  void allowAddsHeadAndRefusesOthers(TestClient client) {
    assertEquals("POST", client.post("/toolset/postonly", Map.of()).header("Allow"));
    TestResponse r = client.get("/toolset/postonly");
    assertEquals(405, r.status());
    assertEquals("POST", r.header("Allow"));
  }

  @Test
  void responseHeaders(TestClient client) {
    TestResponse r = client.get("/toolset/headers");
    assertEquals("1", r.header("X-One"));
    assertEquals("two", r.header("X-Two"));
  }

  @Test
  void redirectInternalAndExternal(TestClient client) {
    assertEquals("target /toolset/target", client.get("/toolset/moved").body());
    TestResponse r = client.get("/toolset/movedout");
    assertEquals(303, r.status());
    assertEquals(client.base() + "/toolset/target", r.header("Location"));
  }

  @Test
  void errRedirectOnUnexpectedErrors(TestClient client) {
    assertEquals("target /toolset/target", client.get("/toolset/oops").body());
    TestResponse r = client.get("/toolset/oopsout");
    assertEquals(303, r.status());
    assertEquals(client.base() + "/toolset/target", r.header("Location"));
  }

  @Test
  void refererMustMatch(TestClient client) {
    assertEquals(
        200, get(client, "/toolset/referred", "Referer", "http://good.example/page").status());
    TestResponse bad = get(client, "/toolset/referred", "Referer", "http://evil.example/");
    assertEquals(403, bad.status());
    assertTrue(bad.body().contains("Forbidden Referer header."), bad.body());
    assertEquals(403, client.get("/toolset/referred").status());
  }

  @Test
  void acceptNegotiatesOr406(TestClient client) {
    assertEquals(200, get(client, "/toolset/negotiated", "Accept", "application/*").status());
    assertEquals(200, client.get("/toolset/negotiated").status());
    TestResponse r = get(client, "/toolset/negotiated", "Accept", "image/png");
    assertEquals(406, r.status());
    assertTrue(
        r.body()
            .contains(
                "Your client sent this Accept header: image/png. But this resource only emits these media"
                    + " types: text/html, application/json."),
        r.body());
  }

  @Test
  void ignoreHeadersRemovesThem(TestClient client) {
    assertEquals("secret=null", get(client, "/toolset/ignored", "X-Secret", "s3cr3t").body());
  }

  @Test
  void flattenNestedIterables(TestClient client) {
    assertEquals("abcde", client.get("/toolset/nested").body());
  }

  @Test
  void proxyRewritesBaseAndRemote(TestClient client) {
    TestResponse r =
        client.request(
            "GET",
            "/toolset/proxied",
            Map.of(
                "X-Forwarded-Host",
                "www.example.com",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-For",
                "10.0.0.1, 10.0.0.2"),
            null);
    assertEquals("https://www.example.com 10.0.0.1 https://www.example.com/x", r.body());
  }

  @Test
  void decodeWithAnotherCharset(TestClient client) {
    byte[] latin = "text=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
    assertEquals(
        "text=caf\u00e9",
        client
            .request(
                "POST", "/toolset/decoded", form, "text=caf%E9".getBytes(StandardCharsets.US_ASCII))
            .body());
    assertEquals(
        400,
        client
            .request(
                "POST",
                "/toolset/strictform",
                form,
                "text=caf%E9".getBytes(StandardCharsets.US_ASCII))
            .status());
    assertEquals(200, client.request("POST", "/toolset/decoded", form, latin).status());
  }

  @Test
  void autovaryNamesTheHeadersRead(TestClient client) {
    assertEquals("Accept-Charset, User-Agent", client.get("/toolset/varied").header("Vary"));
  }

  @Test
  void cachingServesCopiesWithAgeAndInvalidates(TestClient client) {
    String first = client.get("/toolset/cached?k=1").body();
    TestResponse second = client.get("/toolset/cached?k=1");
    assertEquals(first, second.body());
    assertTrue(second.header("Age") != null, second.toString());
    assertNotEquals(first, get(client, "/toolset/cached?k=1", "Pragma", "no-cache").body());
    assertNotEquals(first, client.get("/toolset/cached?k=2").body());
    client.post("/toolset/cached?k=1", Map.of());
    assertNotEquals(first, client.get("/toolset/cached?k=1").body());
    assertEquals(400, get(client, "/toolset/cached?k=1", "Cache-Control", "max-age=soon").status());
  }

  @Test
  void cpstatsPageIsJson(TestClient client) throws Exception {
    client.get("/toolset/headers");
    TestResponse r = client.get("/toolset/stats");
    assertEquals("application/json", r.header("Content-Type"));
    JsonNode stats = new ObjectMapper().readTree(r.bodyBytes());
    assertTrue(stats.get("Total Requests").asLong() >= 1, r.body());
    assertTrue(stats.get("Enabled").asBoolean());
    assertTrue(stats.has("Slow Queries"));
  }

  @Test
  void encodeWithAForcedCharsetTheClientRefusesIs406(TestClient client) {
    TestResponse r = get(client, "/toolset/latin", "Accept-Charset", "utf-8");
    assertEquals(406, r.status());
    // As CherryPy: a forced charset the client does not list is not even tried.
    assertTrue(
        r.body()
            .contains(
                "Your client sent this Accept-Charset header: utf-8. We tried these charsets: ."),
        r.body());
    TestResponse euro = get(client, "/toolset/text", "Accept-Charset", "iso-8859-1");
    assertEquals(406, euro.status());
    assertTrue(euro.body().contains("We tried these charsets: iso-8859-1."), euro.body());
    assertEquals(
        "text/html;charset=iso-8859-1",
        get(client, "/toolset/latin", "Accept-Charset", "*").header("Content-Type"));
  }

  private static TestResponse get(TestClient client, String path, String header, String value) {
    return client.request("GET", path, Map.of(header, value), null);
  }

  private static String gunzip(byte[] gz) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
