package org.jcherry.samples.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.dispatch.RoutesDispatcher;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The routes dispatcher over a socket: patterns to handlers, route values as parameters, config.
 */
class RoutesDispatcherTest {
  private static final Sites SITES = new Sites();

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(
              SITES,
              "/app",
              Map.of(
                  "/",
                      Map.of(
                          "request.dispatch",
                          new RoutesDispatcher()
                              .connect("post", "/blog/{year}/{slug}", SITES.blog, "show")
                              .connect("posts", "/blog", SITES.blog, "list")
                              .connect("home", "/", SITES, "index")),
                  "/blog", Map.of("response.headers.X-Section", "blog")))
          .global("environment", "production");

  @Test
  void aPatternsSegmentsBecomeParameters(TestClient client) {
    assertEquals("post 2024/hello as plain", client.get("/app/blog/2024/hello").body());
    assertEquals("post 2024/hello as json", client.get("/app/blog/2024/hello?format=json").body());
  }

  @Test
  void literalRoutesMatchExactly(TestClient client) {
    assertEquals("no site", client.get("/app/").body());
    assertEquals("all posts", client.get("/app/blog").body());
  }

  @Test
  void noMatchingRouteIs404(TestClient client) {
    assertEquals(404, client.get("/app/blog/2024").status());
    assertEquals(404, client.get("/app/blog/2024/hello/more").status());
    // a handler of a routed controller is not reachable by its name
    assertEquals(404, client.get("/app/one").status());
  }

  @Test
  void sectionControllerAndActionConfigApply(TestClient client) {
    TestResponse list = client.get("/app/blog");
    assertEquals("blog", list.header("X-Section"));
    assertEquals("blog", list.header("X-Controller"));
    assertEquals("list", list.header("X-Action"));
    TestResponse show = client.get("/app/blog/2024/x");
    assertEquals("blog", show.header("X-Controller"));
    assertNull(show.header("X-Action"));
    assertNull(client.get("/app/").header("X-Controller"));
  }

  @Test
  void aRouteToAMissingHandlerFailsWhenConnected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RoutesDispatcher().connect("x", "/x", SITES, "nothing"));
    assertTrue(e.getMessage().contains("has no exposed handler 'nothing'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new RoutesDispatcher().connect("x", "/{bad-name}", SITES, "index"));
  }
}
