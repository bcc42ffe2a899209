package org.jcherry.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.fixture.Switches;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A switch ({@code tools.gzip.on}) takes Python's booleans and their text, and fails the merge or
 * the mount for anything else (CherryPy would read {@code 'no'} as on), naming key, place and
 * value.
 */
class ConfigTypesTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(
              new Shop(),
              "/text",
              Map.of("/", Map.of("tools.gzip.on", "True"), "/item", Map.of("tools.gzip.on", 0)));

  @Test
  void theTextOfABooleanSwitchesAToolOverTheSocket(TestClient client) {
    Map<String, String> gzip = Map.of("Accept-Encoding", "gzip");
    TestResponse zipped = client.request("GET", "/text/", gzip, null);
    assertEquals(200, zipped.status());
    assertEquals("gzip", zipped.header("Content-Encoding"));
    TestResponse plain = client.request("GET", "/text/item/1", gzip, null);
    assertEquals("item 1 plain", plain.body());
    assertNull(plain.header("Content-Encoding"));
  }

  @Test
  void aSwitchThatIsNoBooleanFailsTheMergeNamingKeySectionAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CherryServer.empty()
                    .mount(new Shop(), "/yes", Map.of("/item", Map.of("tools.gzip.on", "yes"))));
    assertEquals(
        "tools.gzip.on must be True or False, not yes (in app config section [/item])",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> server.app("/text").merge(Map.of("/", Map.of("tools.gzip.on", "off"))));
    assertEquals("True", server.app("/text").config().get("/").get("tools.gzip.on"));
  }

  @Test
  void aSwitchThatIsNoBooleanInCpConfigFailsTheMountNamingTheUrl() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> CherryServer.empty().mount(new Switches(), "/sw", Map.of()));
    assertTrue(e.getMessage().startsWith("Bad config for /sw/zipped "), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                "tools.gzip.on must be True or False, not yes (in a handler's config"
                    + " (@CpConfig))"),
        e.getMessage());
  }

  @Test
  void errorPagesAreCheckedWhenMerged() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> server.app("/text").merge(Map.of("/", Map.of("error_page.404", 404))));
    assertEquals(
        "Config error_page.404 in app config section [/] must be a template file name or an"
            + " ErrorPage.Renderer, not 404",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> server.app("/text").merge(Map.of("/", Map.of("error_page.200", "x.html"))));
  }
}
