package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code server.max_request_body_size} and {@code server.max_request_header_size}, as cheroot
 * answers them.
 */
class ServerLimitsTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Shop(), "/shop", Map.of())
          .global("server.max_request_body_size", 100)
          .global("server.max_request_header_size", 2000);

  @Test
  void aBodyOverTheLimitIsRefusedWithCherootsPlain413(TestClient client) {
    TestResponse r =
        client.raw(
            "POST /shop/item/1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 200\r\n\r\n"
                + "a".repeat(200));
    assertEquals(413, r.status());
    assertEquals("text/plain", r.header("Content-Type"));
    assertEquals("The entity sent with the request exceeds the maximum allowed bytes.", r.body());
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedToo(TestClient client) {
    TestResponse r =
        client.raw(
            "POST /shop/item/1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nc8\r\n"
                + "a".repeat(200)
                + "\r\n0\r\n\r\n");
    assertEquals(413, r.status(), r.toString());
  }

  @Test
  void aBodyWithinTheLimitIsServed(TestClient client) {
    assertEquals("item 1 blue", client.post("/shop/item/1", Map.of("color", "blue")).body());
  }

  @Test
  void headersOverTheLimitAreRefusedWith413(TestClient client) {
    TestResponse r =
        client.raw("GET /shop/ HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(5000) + "\r\n\r\n");
    assertEquals(413, r.status());
    assertEquals("text/plain", r.header("Content-Type"));
    assertEquals("The headers sent with the request exceed the maximum allowed bytes.", r.body());
  }
}
