package org.jcherry.samples.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code tools.openapi}: the document the processor wrote for this sample's root, served over the
 * socket at the configured path below the app, with the app's script name as its server.
 */
class OpenApiToolTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(
              new Root(),
              "/api",
              Map.of(
                  "/",
                  Map.of(
                      "tools.openapi.on", true,
                      "tools.openapi.root", "org.jcherry.samples.basics.Root",
                      "tools.openapi.path", "/spec.json")))
          .global("environment", "production");

  @Test
  void servesTheGeneratedDocumentWithTheScriptNameAsServer(TestClient client) {
    TestResponse r = client.get("/api/spec.json");
    assertEquals(200, r.status());
    assertEquals("application/json", r.header("Content-Type"));
    String doc = r.body();
    assertTrue(
        doc.startsWith("{\n  \"openapi\": \"3.1.0\",\n  \"servers\": [{\"url\": \"/api\"}],"), doc);
    assertTrue(doc.contains("\"/shop/item\": {"), doc);
    assertTrue(doc.contains("\"operationId\": \"shopDeepLeaf\""), doc);
  }

  @Test
  void otherPathsAndMethodsAreLeftToTheTree(TestClient client) {
    assertEquals("basics index", client.get("/api/").body());
    assertEquals(404, client.get("/api/openapi.json").status());
    assertEquals(404, client.post("/api/spec.json", Map.of()).status());
  }

  @Test
  void aRootWithoutADocumentFailsTheMountNamingTheKey() {
    Exception e =
        assertThrows(
            IllegalStateException.class,
            () ->
                CherryServer.empty()
                    .mount(
                        new Root(),
                        "",
                        Map.of(
                            "/",
                            Map.of("tools.openapi.on", true, "tools.openapi.root", "no.Such"))));
    assertTrue(e.getMessage().contains("tools.openapi.root"), e.getMessage());
  }
}
