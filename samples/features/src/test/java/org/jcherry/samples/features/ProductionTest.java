package org.jcherry.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In production neither tracebacks nor mismatch details reach the client. */
class ProductionTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root()).global("environment", "production");

  @Test
  void noTraceback(TestClient client) {
    TestResponse r = client.get("/boom");
    assertEquals(500, r.status());
    assertFalse(r.body().contains("kaboom"), r.body());
    assertTrue(r.body().contains("<pre id=\"traceback\"></pre>"), r.body());
  }

  @Test
  void genericMismatchMessages(TestClient client) {
    TestResponse r = client.get("/typed");
    assertEquals(404, r.status());
    assertTrue(r.body().contains("<p>Nothing matches the given URI</p>"), r.body());
    TestResponse body = client.post("/typed?i=1", java.util.Map.of("zz", "1"));
    assertEquals(400, body.status());
    assertTrue(
        body.body().contains("<p>Bad request syntax or unsupported method</p>"), body.body());
  }
}
