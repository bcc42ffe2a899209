package org.jcherry.samples.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jcherry.app.Application;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several applications in one server: script name rules, prefix matching, relative_urls. */
class TreeTest {
  @RegisterExtension static final CherryServer server = server();

  private static CherryServer server() {
    CherryServer s =
        CherryServer.empty()
            .mount(new CfgRoot(), "/other/", Map.of())
            .mount(new CfgRoot(), "/rel", Map.of())
            .mount(new CfgRoot(), "/srv", Map.of())
            .global("environment", "production");
    s.app("/rel").setRelativeUrls(true);
    s.app("/srv").setRelativeUrls("server");
    return s;
  }

  @Test
  void scriptNameRules() {
    assertThrows(IllegalArgumentException.class, () -> Application.normalizeScriptName(null));
    assertEquals("", Application.normalizeScriptName("/"));
    assertEquals("/app", Application.normalizeScriptName("/app/"));
    assertEquals("/other", server.app("/other").scriptName());
  }

  @Test
  void longestMountedPrefixOnASegmentBoundary(TestClient client) {
    assertEquals("flavor=root-class colour=red", client.get("/other/").body());
    TestResponse r = client.get("/otherx/");
    assertEquals(404, r.status());
    assertEquals("", r.body(), "no app: an empty 404");
    assertNull(r.header("Content-Type"));
    assertEquals(404, client.get("/").status());
  }

  @Test
  void urlsFollowTheAppsRelativeUrls(TestClient client) {
    String rel = client.get("/rel/urls/a/b").body();
    assertEquals("url()=b", rel.lines().findFirst().orElseThrow());
    assertEquals("url(other)=other", rel.lines().skip(1).findFirst().orElseThrow());
    String srv = client.get("/srv/urls/a/b").body();
    assertEquals("url()=/srv/urls/a/b", srv.lines().findFirst().orElseThrow());
    assertEquals("url(/abs)=/srv/abs", srv.lines().skip(2).findFirst().orElseThrow());
  }

  @Test
  void redirectLocationsFollowRelativeUrls(TestClient client) {
    assertEquals("/srv/section/special", client.get("/srv/section/hop").header("Location"));
  }
}
