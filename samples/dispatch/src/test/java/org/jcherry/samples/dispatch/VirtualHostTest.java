package org.jcherry.samples.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.dispatch.VirtualHost;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** VirtualHost over a socket: the host picks the subtree; path_info and URLs stay the client's. */
class VirtualHostTest {
  @RegisterExtension
  static final CherryServer hosts =
      CherryServer.empty()
          .mount(
              new Sites(),
              "",
              Map.of(
                  "/",
                  Map.of(
                      "request.dispatch",
                      new VirtualHost(Map.of("one.test", "/one", "two.test:8080", "/two")))))
          .global("environment", "production");

  /** Ignores X-Forwarded-Host. */
  @RegisterExtension
  static final CherryServer direct =
      CherryServer.empty()
          .mount(
              new Sites(),
              "",
              Map.of(
                  "/",
                  Map.of(
                      "request.dispatch",
                      new VirtualHost(
                          ObjectTreeDispatcher.INSTANCE, false, Map.of("one.test", "/one")))))
          .global("environment", "production");

  /** GET {@code path} with {@code headers}, Host among them (the client's own Host is not sent). */
  private static TestResponse get(TestClient client, String path, Map<String, String> headers) {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
    headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
    return client.raw(request.append("Connection: close\r\n\r\n").toString());
  }

  @Test
  void theHostPicksTheSubtree() {
    TestClient client = hosts.client();
    assertEquals(
        "one index path_info=/ url=http://one.test/",
        get(client, "/", Map.of("Host", "one.test")).body());
    assertEquals(
        "two index path_info=/ url=http://two.test:8080/",
        get(client, "/", Map.of("Host", "two.test:8080")).body());
    assertEquals("no site", get(client, "/", Map.of("Host", "other.test")).body());
  }

  @Test
  void xForwardedHostWinsWhenAllowed() {
    Map<String, String> proxied = Map.of("Host", "internal:9000", "X-Forwarded-Host", "one.test");
    assertEquals("one index", get(hosts.client(), "/", proxied).body().substring(0, 9));
    assertEquals("no site", get(direct.client(), "/", proxied).body());
  }

  @Test
  void redirectsUseTheClientsPath() {
    TestResponse r = get(hosts.client(), "/section", Map.of("Host", "one.test"));
    assertEquals(301, r.status());
    assertEquals("http://one.test/section/", r.header("Location"));
    assertEquals("section", get(hosts.client(), "/section/", Map.of("Host", "one.test")).body());
  }
}
