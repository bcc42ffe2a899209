package org.jcherry.samples.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated {@code Root_Urls} over the socket: {@code /links} makes its links during a request
 * (so they carry the request's base and script name, as {@code Cherry.url} makes them), and each
 * link, followed, reaches the handler it was made for with the values it was made with.
 */
class UrlsTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root())
          .mount(new Root(), "/mirror", Map.of())
          .global("environment", "production");

  @Test
  void everyLinkReachesItsHandlerWithItsValues(TestClient client) {
    List<String> links = links(client, "/links");
    String base = client.base();
    List<String> answers = new ArrayList<>();
    for (String link : links) {
      answers.add(client.get(link.substring(base.length())).body());
    }
    assertEquals(
        List.of(
            "Hi, Zoë & co!",
            "Hello, world!",
            "sum=42",
            "list of 2: a,b c",
            "kw x=1|2",
            "shop index",
            "item a b? color red",
            "deep leaf value=v",
            "catch default args=one/two/three params=k=v",
            "<html><body>dotted page</body></html>"),
        answers);
  }

  @Test
  void linksAreAbsoluteUnderTheScriptNameOfTheServingApp(TestClient client) {
    String base = client.base();
    assertEquals(base + "/shop/item?item_id=a+b%3F&color=red", links(client, "/links").get(6));
    assertEquals(
        base + "/mirror/shop/item?item_id=a+b%3F&color=red", links(client, "/mirror/links").get(6));
    assertEquals(base + "/greet?name=Zo%C3%AB+%26+co&greeting=Hi", links(client, "/links").get(0));
  }

  private static List<String> links(TestClient client, String path) {
    return List.of(client.get(path).body().split("\n"));
  }
}
