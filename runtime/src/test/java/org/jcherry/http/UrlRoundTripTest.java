package org.jcherry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jcherry.dispatch.PathSegments;

/**
 * Property: the URL {@code url()} builds for a path of segments, absolute or relative to the
 * current handler (an index or not), is the path the dispatcher splits back into those segments.
 */
class UrlRoundTripTest {
  @Property
  void urlThenDispatchFindsTheSegments(
      @ForAll("words") List<String> current,
      @ForAll("words") List<String> target,
      @ForAll boolean index,
      @ForAll boolean absolute) {
    Request request =
        new Request("GET", "/", "", "HTTP/1.1", "http", new HeaderMap(), null, null, null);
    String pathInfo = "/" + String.join("/", current) + (index && !current.isEmpty() ? "/" : "");
    request.scriptName = "/app";
    request.pathInfo = pathInfo;
    request.setIndex(index);
    String path = absolute ? "/" + String.join("/", target) : String.join("/", target);
    String url = UrlBuilder.url(request, path, null, null, "http://h", "server");
    assertEquals("/app/", url.substring(0, Math.min(url.length(), 5)), url);

    List<String> expected = new ArrayList<>();
    if (!absolute) {
      expected.addAll(current);
      if (!index && !current.isEmpty() && !target.isEmpty()) {
        expected.remove(expected.size() - 1);
      }
    }
    expected.addAll(target);
    expected.add("index");
    assertEquals(expected, PathSegments.withIndex(PathSegments.decodePath(url.substring(4))), url);
  }

  /** Path segments; no colon, which would make {@code a:b} a URL with a scheme (as urljoin). */
  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("-_~!$&'()*+,;=@")
        .ofMinLength(1)
        .ofMaxLength(6)
        .list()
        .ofMaxSize(4);
  }
}
