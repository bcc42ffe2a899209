package org.jcherry.it.serves;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Serves the tree on an ephemeral port through the generated tables and GETs it over a socket. */
class RootTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root()).global("environment", "production");

  @Test
  void servesTheIndex(TestClient client) {
    TestResponse r = client.get("/");
    assertEquals(200, r.status());
    assertEquals("Hello from an IT build!", r.body());
  }

  @Test
  void bindsTypedParametersThroughAnAlias(TestClient client) {
    assertEquals("Hello Ada! Hello Ada!", client.get("/salut.html?name=Ada&times=2").body());
    assertEquals("Hello Bob!", client.get("/greet?name=Bob").body());
    assertEquals(404, client.get("/greet?name=Bob&times=many").status());
  }

  @Test
  void popsPathSegmentsAndAppliesTheNodesConfig(TestClient client) {
    TestResponse r = client.get("/archive/2024/5/");
    assertEquals(200, r.status());
    assertEquals("archive 2024-05", r.body());
    assertEquals("yes", r.header("X-Archive"));
  }

  @Test
  void answersNotFoundForWhatTheTreeDoesNotServe(TestClient client) {
    assertEquals(404, client.get("/nothing").status());
  }
}
