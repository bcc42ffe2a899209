package org.jcherry.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Cherry.url()} in every form of section 1.10, as real CherryPy 18.8 answered them. */
class UrlTest {
  @RegisterExtension
  static final CherryServer server = CherryServer.empty().mount(new Root(), "/app", Map.of());

  @Test
  void fromAPlainHandlerUrl(TestClient client) {
    String b = client.base();
    assertEquals(
        String.join(
            "\n",
            b + "/app/mid/leaf/urls",
            b + "/app/mid/leaf/urls",
            b + "/app/abs",
            b + "/app/mid/leaf/rel",
            b + "/app/mid/up",
            b + "/app/mid/leaf/rel?a=1",
            b + "/app/mid/leaf/rel?a=1",
            b + "/other/abs",
            "https://ex.com/app/abs",
            "../../abs",
            "rel",
            "/app/abs",
            b + "/app/mid/leaf/urls?q=1",
            b + "/app/mid/leaf/b/"),
        client.get("/app/mid/leaf/urls?q=1").body());
  }

  @Test
  void fromAUrlWithPositionalSegments(TestClient client) {
    String b = client.base();
    assertEquals(
        String.join(
            "\n",
            b + "/app/mid/leaf/urls/v1/v2",
            b + "/app/mid/leaf/urls/v1/v2",
            b + "/app/abs",
            b + "/app/mid/leaf/urls/v1/rel",
            b + "/app/mid/leaf/urls/up",
            b + "/app/mid/leaf/urls/v1/rel?a=1",
            b + "/app/mid/leaf/urls/v1/rel?a=1",
            b + "/other/abs",
            "https://ex.com/app/abs",
            "../../../../abs",
            "rel",
            "/app/abs",
            b + "/app/mid/leaf/urls/v1/v2",
            b + "/app/mid/leaf/urls/v1/b/"),
        client.get("/app/mid/leaf/urls/v1/v2").body());
  }

  @Test
  void relativeUrlsServerChangesRedirects(TestClient client) {
    server.app("/app").setRelativeUrls("server");
    try {
      assertEquals("/app/shelf/", client.get("/app/shelf").header("Location"));
    } finally {
      server.app("/app").setRelativeUrls(false);
    }
  }
}
