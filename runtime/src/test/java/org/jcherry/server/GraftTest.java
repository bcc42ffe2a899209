package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.util.Map;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CherryPy's {@code tree.graft} over the socket: an Undertow handler grafted at {@code /legacy}
 * beside a tree at the site root and another at {@code /legacy/new}, routed by the longest script
 * name on a segment boundary, with the script name and path info split as for an app.
 */
class GraftTest {
  private static final HttpHandler LEGACY =
      exchange -> {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
        exchange
            .getResponseSender()
            .send(
                "legacy [" + exchange.getResolvedPath() + "] [" + exchange.getRelativePath() + "]");
      };

  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Shop())
          .graft(UndertowGraft.of(LEGACY), "/legacy/")
          .mount(new Shop(), "/legacy/new", Map.of());

  @Test
  void theGraftServesItsScriptNameAndWhatIsBelow(TestClient client) {
    assertEquals("legacy [/legacy] []", client.get("/legacy").body());
    assertEquals("legacy [/legacy] [/a/b]", client.get("/legacy/a/b?x=1").body());
    assertEquals("text/plain", client.get("/legacy/a").header("Content-Type"));
  }

  @Test
  void theTreesKeepWhatIsTheirs(TestClient client) {
    assertEquals(client.get("/").body(), client.get("/legacy/new/").body());
    assertEquals(200, client.get("/").status());
    assertEquals(404, client.get("/legacyx").status(), "not under /legacy: the root tree's 404");
  }

  @Test
  void aGraftOrAMountOnATakenScriptNameFailsNamingBoth() {
    Tree tree = new Tree(new GlobalConfig());
    tree.mount(new Shop(), "/shop", Map.of());
    tree.graft(UndertowGraft.of(LEGACY), "/legacy");
    IllegalStateException onApp =
        assertThrows(
            IllegalStateException.class, () -> tree.graft(UndertowGraft.of(LEGACY), "/shop"));
    assertEquals(
        "Cannot graft the Undertow handler "
            + LEGACY.getClass().getName()
            + " at '/shop': the application org.jcherry.fixture.Shop is mounted there",
        onApp.getMessage());
    IllegalStateException onGraft =
        assertThrows(
            IllegalStateException.class, () -> tree.mount(new Shop(), "/legacy/", Map.of()));
    assertEquals(
        "Cannot mount org.jcherry.fixture.Shop at '/legacy': the Undertow handler "
            + LEGACY.getClass().getName()
            + " is grafted there",
        onGraft.getMessage());
  }
}
