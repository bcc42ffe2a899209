package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.undertow.Handlers;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JCherry app embedded in an Undertow server the test builds itself (CherryPy's Application as a
 * WSGI callable), beside a plain Undertow handler, over the socket.
 */
class EmbeddedHandlerTest {
  private static Undertow undertow;
  private static TestClient client;

  @BeforeAll
  static void start() {
    EmbeddedHandler shop = EmbeddedHandler.of(new Shop(), "/shop", Map.of());
    undertow =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1")
            .setHandler(
                Handlers.path(shop)
                    .addPrefixPath(
                        "/plain", exchange -> exchange.getResponseSender().send("plain undertow")))
            .build();
    undertow.start();
    int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    client = new TestClient("127.0.0.1", port);
  }

  @AfterAll
  static void stop() {
    undertow.stop();
  }

  @Test
  void theAppAnswersItsPathsAsAJCherryServerWould() {
    assertEquals(200, client.get("/shop/").status());
    assertEquals(301, client.get("/shop").status(), "index without its slash redirects");
    assertEquals(404, client.get("/shop/item?id=notanumber").status());
    assertEquals(404, client.get("/elsewhere").status(), "no app there");
  }

  @Test
  void theUsersOwnHandlersStayTheirs() {
    assertEquals("plain undertow", client.get("/plain/x").body());
  }
}
