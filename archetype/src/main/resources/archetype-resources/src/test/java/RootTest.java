package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jcherry.config.ConfigFile;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Serves a Root with the app's own site.conf on a free port and asks it over a real socket. */
class RootTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          // The launcher's site.conf (the tests run in the project directory); its path sections
          // are the app's config.
          .mount(new Root(), "", ConfigFile.read(Path.of("site.conf")))
          .global("environment", "test_suite");

  @Test
  void servesTheIndex(TestClient client) {
    TestResponse r = client.get("/");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("<h1>Hello from ${artifactId}!</h1>"), r.body());
  }

  @Test
  void greets(TestClient client) {
    assertEquals("Hello, Ada!", client.get("/greet?name=Ada").body());
    assertEquals("Hello, world!", client.get("/greet").body());
  }

  @Test
  void servesTheStaticFiles(TestClient client) {
    TestResponse r = client.get("/static/style.css");
    assertEquals(200, r.status());
    assertEquals("text/css", r.header("Content-Type"));
  }

  @Test
  void answersWhatItDoesNotServeWithA404(TestClient client) {
    assertEquals(404, client.get("/nothing").status());
    assertEquals(404, client.get("/static/missing.css").status());
  }
}
