package org.jcherry.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input gets a clear 4xx: never a 500, a hang or a stack trace in production. */
class BadInputTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root()).global("environment", "production");

  @Test
  void malformedPercentEncodingIs400(TestClient client) {
    assertBadRequest(client.raw(get("/shelf/%zz")));
    assertBadRequest(client.raw(get("/shelf/%4")));
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsLatin1LikeCherryPy(TestClient client) {
    assertEquals("shelf default \u00ff\u00fe", client.raw(get("/shelf/%ff%fe")).body());
  }

  @Test
  void pathParametersStayInTheSegmentLikeCherryPy(TestClient client) {
    assertEquals(404, client.raw(get("/index;x=1")).status());
  }

  @Test
  void nulBytesAre400(TestClient client) {
    assertBadRequest(client.raw(get("/shelf/%00")));
    assertBadRequest(client.raw(get("/shelf/a\0b")));
  }

  @Test
  void veryLongPathsAndQueriesAre4xx(TestClient client) {
    assertClientError(client.raw(get("/" + "a".repeat(100_000))));
    assertClientError(client.raw(get("/a".repeat(20_000))));
    assertClientError(client.raw(get("/rest/a?" + "k=v&".repeat(200_000))));
  }

  @Test
  void unknownMethodsAreDispatchedLikeCherryPy(TestClient client) {
    assertEquals(
        "features", client.raw("FROB / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").body());
    assertBadRequest(client.raw("GE(T / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void http11WithoutHostIs400(TestClient client) {
    // Undertow refuses it before the application sees it (CherryPy answers with its error page).
    TestResponse r = client.raw("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertEquals(400, r.status());
    assertTrue(r.reason().contains("Host"), r.reason());
    assertEquals(200, client.raw("GET / HTTP/1.0\r\n\r\n").status());
  }

  @Test
  void malformedHeadersAndGarbageAre400(TestClient client) {
    assertBadRequest(client.raw("GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"));
    assertBadRequest(client.raw("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001"));
  }

  @Test
  void bodyWithoutLengthIs411AndBadLength400(TestClient client) {
    assertEquals(
        411,
        client
            .raw(
                "POST /typed?i=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n\r\n")
            .status());
    assertBadRequest(
        client.raw(
            "POST /typed?i=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: abc\r\n\r\n"));
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  }

  private static void assertBadRequest(TestResponse r) {
    assertEquals(400, r.status(), r.toString());
  }

  private static void assertClientError(TestResponse r) {
    assertTrue(r.status() >= 400 && r.status() < 500, r.toString());
  }
}
