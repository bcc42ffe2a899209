package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.jcherry.tools.bad.IllTyped;
import org.jcherry.tools.bad.MisspeltArgument;
import org.jcherry.tools.bad.UnknownTool;
import org.jcherry.tools.fixture.Fixture;
import org.jcherry.tools.fixture.MyTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tool API: handler tools as page handlers, handler wrappers and error tools of a custom
 * toolbox, and config checked when the app is mounted.
 */
class ToolApiTest {
  @RegisterExtension static final CherryServer server = ToolTests.server();

  @Test
  void handlerToolServesAsAPageHandler(TestClient client) {
    TestResponse r = client.get("/files/robots");
    assertEquals(200, r.status());
    assertEquals("User-agent: *\nDisallow: /secure/\n", r.body());
    // Unlike the tool, a page handler's text goes through tools.encode, which names the charset.
    assertEquals("text/plain;charset=utf-8", r.header("Content-Type"));
    assertEquals(404, client.get("/files/missing").status());
  }

  @Test
  void handlerWrapperOfACustomToolbox(TestClient client) {
    assertEquals("QUIET WORDS", client.get("/custom/shout").body());
  }

  @Test
  void errorToolMakesTheErrorResponse(TestClient client) {
    TestResponse r = client.get("/custom/broken");
    assertEquals(503, r.status());
    assertEquals("so sorry: broken", r.body());
  }

  @Test
  void misspeltArgumentFailsTheMountNamingUrlToolAndArgument() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> tree().mount(new MisspeltArgument(), "/m", Map.of()));
    assertTrue(e.getMessage().contains("/m/page"), e.getMessage());
    assertTrue(
        e.getMessage().contains("tools.gzip has no argument compress_levle"), e.getMessage());
  }

  @Test
  void unknownToolFailsTheMountListingKnownTools() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> tree().mount(new UnknownTool(), "", Map.of()));
    assertTrue(e.getMessage().contains("No tool named 'nosuch'"), e.getMessage());
    assertTrue(e.getMessage().contains("gzip"), e.getMessage());
  }

  @Test
  void illTypedArgumentOfAChildNodeFailsTheMount() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> tree().mount(new IllTyped(), "", Map.of()));
    assertTrue(e.getMessage().contains("/child/"), e.getMessage());
    assertTrue(
        e.getMessage().contains("tools.gzip.compress_level must be a number, not high"),
        e.getMessage());
  }

  @Test
  void badArgumentInAnAppConfigSectionFailsTheMount() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                tree()
                    .mount(
                        new Fixture(), "", Map.of("/static", Map.of("tools.staticdir.on", true))));
    assertTrue(e.getMessage().contains("tools.staticdir.dir must be set"), e.getMessage());
  }

  @Test
  void customToolboxIsCheckedWhenAdded() {
    Tree tree = tree();
    tree.mount(
        new Fixture(),
        "",
        Map.of("/custom", Map.of("mine.upper.on", true, "mine.upper.loud", true)));
    Toolbox mine = MyTools.mine();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> tree.apps().get("").addToolbox(mine));
    assertTrue(e.getMessage().contains("mine.upper has no argument loud"), e.getMessage());
  }

  @Test
  void customToolRegisteredInTheTreeToolbox() {
    Tree tree = tree();
    assertThrows(IllegalStateException.class, () -> tree.mount(new UnknownTool(), "", Map.of()));
    tree.tools()
        .register(
            new org.jcherry.tools.HookTool(
                "nosuch",
                org.jcherry.tools.HookPoint.ON_START_RESOURCE,
                args -> (request, response) -> {}));
    tree.mount(new UnknownTool(), "", Map.of());
  }

  private static Tree tree() {
    return new Tree(new GlobalConfig());
  }
}
