package org.jcherry.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Argument binding, conversion and the 404/400 mismatch matrix of section 1.7. */
class ArgumentsTest {
  @RegisterExtension static final CherryServer server = CherryServer.of(new Root());

  @Test
  void convertsEveryType(TestClient client) {
    assertEquals(
        "i=3 l=7 b=false d=1.5 color=RED money=0.10 id=- day=- nums=[] words=",
        client.get("/typed?i=3").body());
    assertEquals(
        "i=3 l=9 b=true d=2.0 color=GREEN money=1.25 id=123e4567-e89b-12d3-a456-426614174000"
            + " day=2024-05-01 nums=[1, 2] words=a,b",
        client
            .get(
                "/typed/3/9?b=on&d=2&color=GREEN&money=1.25&id=123e4567-e89b-12d3-a456-426614174000"
                    + "&day=2024-05-01&nums=1&nums=2&words=a&words=b")
            .body());
  }

  @Test
  void aValueThatDoesNotConvertIsAMismatch(TestClient client) {
    TestResponse r = client.get("/typed?i=x");
    assertEquals(404, r.status());
    assertTrue(r.body().contains("Invalid value for parameter i"), r.body());
    assertEquals(404, client.get("/typed?i=1&color=BLUE").status());
    assertEquals(400, client.post("/typed", Map.of("i", "nope")).status());
  }

  @Test
  void mismatchMatrix(TestClient client) {
    assertMessage(client.get("/typed"), 404, "Missing parameters: i");
    assertEquals(404, client.get("/typed/1/2/3").status());
    assertMessage(client.get("/typed/1?i=2"), 404, "Multiple values for parameters: i");
    assertMessage(
        client.post("/typed/1", Map.of("i", "2")), 400, "Multiple values for parameters: i");
    assertMessage(client.get("/typed?i=1&zz=2"), 404, "Unexpected query string parameters: zz");
    assertMessage(
        client.post("/typed?i=1", Map.of("zz", "2")), 400, "Unexpected body parameters: zz");
  }

  @Test
  void varargsAndKeywords(TestClient client) {
    assertEquals(
        "first=a others=b/c kw={x=[1, 2], y=[]}", client.get("/rest/a/b/c?x=1&x=2&y=").body());
  }

  @Test
  void injectedRequestAndResponse(TestClient client) {
    TestResponse r = client.get("/inject?v=q");
    assertEquals("v=q path=/inject", r.body());
    assertEquals("GET", r.header("X-Method"));
  }

  @Test
  void queryStringRules(TestClient client) {
    assertEquals("first=a others= kw={x=[1 2], y=[]}", client.get("/rest/a?x=1+2;y").body());
    TestResponse bad = client.get("/rest/a?x=%FF");
    assertEquals(404, bad.status());
    assertTrue(bad.body().contains("must be encoded with"), bad.body());
  }

  private static void assertMessage(TestResponse r, int status, String message) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.body().contains("<p>" + message + "</p>"), r.body());
  }
}
