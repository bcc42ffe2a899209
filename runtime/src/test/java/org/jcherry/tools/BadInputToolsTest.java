package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input to the tools gets a clear 4xx, never a 500 or a traceback: JSON bodies (the rest are in
 * the tool tests).
 */
class BadInputToolsTest {
  @RegisterExtension static final CherryServer server = ToolTests.server();

  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  @Test
  void goodJsonRoundTrips(TestClient client) {
    TestResponse r =
        client.request(
            "POST",
            "/toolset/json",
            JSON,
            "{\"a\": [1, 2.5, null]}".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.status());
    assertEquals("{\"got\": {\"a\": [1, 2.5, null]}}", r.body());
  }

  @Test
  void malformedJsonIs400(TestClient client) {
    for (String body :
        new String[] {"{\"a\": ", "{} trailing", "", "[1,]", "{'single': 1}", "nul"}) {
      TestResponse r =
          client.request("POST", "/toolset/json", JSON, body.getBytes(StandardCharsets.UTF_8));
      assertClear(r, 400, "Invalid JSON document");
    }
  }

  @Test
  void jsonThatIsNotUtf8Is400(TestClient client) {
    TestResponse r =
        client.request("POST", "/toolset/json", JSON, new byte[] {'"', (byte) 0xff, '"'});
    assertClear(r, 400, "Invalid JSON document");
  }

  @Test
  void jsonThatIsNotStrictUtf8Is400(TestClient client) {
    byte[][] bodies = {
      {'"', (byte) 0xC0, (byte) 0x80, '"'}, // overlong NUL
      {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, // a surrogate
      {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // past U+10FFFF
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, // a BOM, which Python refuses
      {0, '[', 0, ']'}, // UTF-16 to Jackson's guess, NULs in UTF-8
    };
    for (byte[] body : bodies) {
      assertClear(
          client.request("POST", "/toolset/json", JSON, body), 400, "Invalid JSON document");
    }
    TestResponse r =
        client.request(
            "POST",
            "/toolset/json",
            JSON,
            "[\"caf\u00e9 \ud83c\udf52\"]".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.toString()); // valid multi-byte UTF-8 passes the check
  }

  @Test
  void jsonBodyUpToMaxbytesIsRead(TestClient client) {
    String exactly = "{\"a\": \"0123456\"}"; // 16 bytes, the limit
    TestResponse r =
        client.request(
            "POST", "/toolset/jsonSmall", JSON, exactly.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.toString());
    assertEquals("{\"a\": \"0123456\"}", r.body());
    TestResponse over =
        client.request(
            "POST",
            "/toolset/jsonSmall",
            JSON,
            "{\"a\": \"01234567\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(413, over.status(), over.toString());
  }

  @Test
  void otherContentTypeIs415(TestClient client) {
    TestResponse r =
        client.request(
            "POST",
            "/toolset/json",
            Map.of("Content-Type", "text/plain"),
            "{}".getBytes(StandardCharsets.UTF_8));
    assertClear(r, 415, "Expected an entity of content type application/json, text/javascript");
  }

  @Test
  void jsonWithoutLengthIs411(TestClient client) {
    TestResponse r =
        client.raw(
            "POST /toolset/json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
    assertEquals(411, r.status(), r.toString());
  }

  @Test
  void getIsLeftAlone(TestClient client) {
    assertEquals("{\"got\": \"nothing\"}", client.get("/toolset/json").body());
  }

  private static void assertClear(TestResponse r, int status, String message) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.body().contains(message), r.body());
    assertFalse(r.body().contains("at org.jcherry"), r.body());
  }
}
