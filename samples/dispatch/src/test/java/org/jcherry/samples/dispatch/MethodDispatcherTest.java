package org.jcherry.samples.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.jcherry.dispatch.MethodDispatcher;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MethodDispatcher over a socket: which method answers, Allow, 405, HEAD, args and config. */
class MethodDispatcherTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(
              new Notes(),
              "/notes",
              Map.of("/", Map.of("request.dispatch", new MethodDispatcher())))
          .mount(new Notes(), "/plain", Map.of())
          .mount(
              new MainRoot(),
              "/nores",
              Map.of("/", Map.of("request.dispatch", new MethodDispatcher())))
          .global("environment", "production");

  @Test
  void theRequestMethodPicksTheHandler(TestClient client) {
    assertEquals("notes ", client.get("/notes").body());
    assertEquals("patched 7", client.request("PATCH", "/notes/7", Map.of(), new byte[0]).body());
  }

  @Test
  void everyAnswerOfAResourceCarriesItsSortedAllow(TestClient client) {
    assertEquals("GET, HEAD, PATCH", client.get("/notes").header("Allow"));
    TestResponse missing = client.request("PATCH", "/notes", Map.of(), new byte[0]);
    assertEquals(404, missing.status()); // PATCH needs an id
    assertEquals("GET, HEAD, PATCH", missing.header("Allow"));
    assertEquals(
        "DELETE, HEAD",
        client.request("DELETE", "/notes/tags", Map.of(), new byte[0]).header("Allow"));
  }

  @Test
  void aMethodTheResourceLacksIs405(TestClient client) {
    TestResponse r = client.request("PUT", "/notes", Map.of(), new byte[0]);
    assertEquals(405, r.status());
    assertEquals("GET, HEAD, PATCH", r.header("Allow"));
    assertEquals(405, client.get("/notes/tags").status());
    assertEquals(405, client.request("OPTIONS", "/notes", Map.of(), new byte[0]).status());
  }

  @Test
  void headFallsBackToGetUnlessTheResourceHasItsOwn(TestClient client) {
    TestResponse r = client.head("/notes/1");
    assertEquals(200, r.status());
    assertEquals("7", r.header("Content-Length")); // of GET's "notes 1"
    assertEquals("", r.body());
    assertEquals("own", client.head("/notes/tags").header("X-Head"));
  }

  @Test
  void segmentsAfterTheResourceArePositionalArguments(TestClient client) {
    assertEquals("notes 1+2+3", client.get("/notes/1/2/3").body());
    // Handler names are not path segments under this dispatcher: GET and helper are arguments.
    assertEquals("notes GET", client.get("/notes/GET").body());
    assertEquals("notes helper", client.get("/notes/helper").body());
  }

  @Test
  void theMethodsOwnConfigApplies(TestClient client) {
    assertEquals(
        "yes", client.request("PATCH", "/notes/1", Map.of(), new byte[0]).header("X-Patched"));
    assertNull(client.get("/notes/1").header("X-Patched"));
  }

  @Test
  void aResourceRootIsNotRedirectedToASlashedUrl(TestClient client) {
    assertEquals(200, client.get("/notes").status());
    assertEquals(200, client.get("/notes/").status());
  }

  @Test
  void aPathWithNoResourceIs404WithoutAllow(TestClient client) {
    TestResponse r = client.get("/nores/whereami");
    assertEquals(404, r.status());
    assertNull(r.header("Allow"));
  }

  @Test
  void theDefaultDispatcherServesTheSameTreeByName(TestClient client) {
    TestResponse r = client.get("/plain/helper");
    assertEquals("helper", r.body());
    assertNull(r.header("Allow"));
  }
}
