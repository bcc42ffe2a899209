package org.jcherry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jcherry.fixture.Uploads;
import org.jcherry.fixture.Visits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test client as a browser: cookies, headers on every method, bodies, redirects. */
class TestClientTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Visits(), "", Map.of("/", Map.of("tools.sessions.on", true)))
          .mount(new Uploads(), "/up", Map.of());

  @Test
  void aClientWithCookiesKeepsItsSession() {
    TestClient browser = server.client().withCookies();
    assertEquals("1", browser.get("/count").body());
    assertEquals("2", browser.get("/count").body());
    assertNotNull(browser.cookies().get("session_id"));
    // The plain client sends no cookie: every request is a new session.
    assertEquals("1", server.client().get("/count").body());
    assertEquals("1", server.client().get("/count").body());
  }

  @Test
  void everyMethodTakesHeaders() {
    TestClient c = server.client();
    Map<String, String> probe = Map.of("X-Probe", "yes");
    assertEquals("GET yes", c.get("/header", probe).body());
    assertEquals("POST yes", c.post("/header", Map.of(), probe).body());
    assertEquals("DELETE yes", c.delete("/header", probe).body());
    assertEquals(200, c.head("/header", probe).status());
  }

  @Test
  void bodiesGoAsFormJsonOrMultipart() {
    TestClient c = server.client();
    assertEquals(
        "application/json {\"a\":[1,\"x\"]}",
        c.postJson("/body", Map.of("a", List.of(1, "x"))).body());
    assertEquals("PUT yes", c.sendJson("PUT", "/header", "x", Map.of("X-Probe", "yes")).body());
    String upload =
        c.multipart(
                "/up/upload",
                Map.of("title", "notes"),
                List.of(
                    new TestClient.FilePart(
                        "file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))),
                Map.of())
            .body();
    assertTrue(upload.startsWith("notes: <file a.txt"), upload);
  }

  @Test
  void responsesReadCookiesAndJson() {
    TestResponse r = server.client().get("/count");
    assertEquals(r.cookies().get("session_id"), r.cookie("session_id"));
    assertEquals(40, r.cookie("session_id").length());
    assertEquals(Map.of("n", List.of(1, 2), "ok", true), server.client().get("/json").json());
  }

  @Test
  void redirectsAreFollowedOnlyWhenAsked() {
    assertEquals(303, server.client().get("/away").status());
    TestClient browser = server.client().withCookies().followingRedirects();
    TestResponse r = browser.post("/away", Map.of());
    assertEquals(200, r.status());
    assertEquals("1", r.body());
    assertEquals("2", browser.get("/away").body());
  }
}
