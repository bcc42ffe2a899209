package org.jcherry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request pipeline end to end over a socket, with a hand-written table. */
class PipelineTest {
  @RegisterExtension
  static final CherryServer server = CherryServer.empty().mount(new Shop(), "/shop", Map.of());

  @Test
  void servesIndexAndRedirectsTheMountRoot(TestClient client) {
    assertEquals("shop index", client.get("/shop/").body());
    TestResponse r = client.get("/shop");
    assertEquals(301, r.status());
    assertEquals(client.base() + "/shop/", r.header("Location"));
  }

  @Test
  void bindsPositionalAndKeywordArguments(TestClient client) {
    assertEquals("item 42 red", client.get("/shop/item/42?color=red").body());
    assertEquals("item 5 plain", client.get("/shop/item?id=5").body());
    assertEquals(404, client.get("/shop/item/x").status());
    assertEquals(404, client.get("/shop/item/1/2/3").status());
    assertEquals(404, client.get("/shop/item/1?id=2").status());
    assertEquals(400, client.post("/shop/item/1", Map.of("id", "2")).status());
    assertEquals(400, client.post("/shop/item/1", Map.of("zz", "2")).status());
  }

  @Test
  void defaultHandlerTakesTheRest(TestClient client) {
    assertEquals("catalog a/b", client.get("/shop/catalog/a/b").body());
  }

  @Test
  void redirectsAndErrors(TestClient client) {
    TestResponse r = client.get("/shop/go");
    assertEquals(303, r.status());
    assertEquals(client.base() + "/shop/", r.header("Location"));
    assertEquals("item 7 red", client.get("/shop/internal").body());
    TestResponse boom = client.get("/shop/boom");
    assertEquals(500, boom.status());
    assertTrue(boom.body().contains("kaboom"), boom.body());
    TestResponse missing = client.get("/shop/nothing");
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("The path '/shop/nothing' was not found."), missing.body());
    assertFalse(missing.body().isEmpty());
  }

  @Test
  void headKeepsTheLength(TestClient client) {
    TestResponse r = client.head("/shop/");
    assertEquals("10", r.header("Content-Length"));
    assertEquals(0, r.bodyBytes().length);
  }
}
