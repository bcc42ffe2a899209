package org.jcherry.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HelloTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root()).global("environment", "production");

  @Test
  void greets(TestClient client) {
    TestResponse r = client.get("/");
    assertEquals(200, r.status());
    assertEquals("Hello, world!", r.body());
    assertEquals("text/html;charset=utf-8", r.header("Content-Type"));
  }

  @Test
  void greetsFromTheIoThreadToo(TestClient client) {
    TestResponse r = client.get("/fast");
    assertEquals(200, r.status());
    assertEquals("Hello, world!", r.body());
    assertEquals("text/html;charset=utf-8", r.header("Content-Type"));
  }

  @Test
  void servesTheBlogRoute(TestClient client) {
    assertEquals("year=2024 month=05 slug=hello x=1", client.get("/blog/2024/05/hello?x=1").body());
    assertEquals("year=2024 month=05 slug=hello x=", client.get("/blog/2024/05/hello").body());
  }

  @Test
  void refusesWhatTheTreeDoesNotAnswer(TestClient client) {
    assertEquals(404, client.get("/blog/2024/05/hello/extra").status());
    assertEquals(404, client.get("/blog/2024/05/hello?y=2").status());
    assertEquals(404, client.get("/nothing").status());
  }
}
