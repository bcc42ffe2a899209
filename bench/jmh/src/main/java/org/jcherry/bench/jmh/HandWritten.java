package org.jcherry.bench.jmh;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The baseline: samples/hello's two routes by hand, the work bench's {@code RawUndertow} handler
 * does, without Undertow. Undertow hands that handler a decoded path and parsed query parameters;
 * here the query is parsed by hand (the routes' paths have no escapes to decode).
 */
final class HandWritten {
  /** JCherry's, so that both sides answer alike. */
  private static final String CONTENT_TYPE = InMemoryApp.CONTENT_TYPE;

  private static final String BLOG = "/blog/";
  private static final String[] NO_SEGMENTS = {};
  private static final byte[] HELLO = "Hello, world!".getBytes(StandardCharsets.UTF_8);
  private static final Answer NOT_FOUND =
      new Answer(404, CONTENT_TYPE, "Not Found".getBytes(StandardCharsets.UTF_8));

  private HandWritten() {}

  /** A response: status, Content-Type and body. */
  record Answer(int status, String contentType, byte[] body) {}

  /**
   * The dispatch step: no segments for {@code /}, year, month and slug for {@code
   * /blog/{year}/{month}/{slug}}, {@code null} for any other path.
   */
  static String[] route(String path) {
    if (path.equals("/")) {
      return NO_SEGMENTS;
    }
    if (path.startsWith(BLOG)) {
      String[] parts = path.substring(BLOG.length()).split("/", -1);
      if (parts.length == 3) {
        return parts;
      }
    }
    return null;
  }

  /** The whole request: route, read {@code x} from the query, build the body. */
  static Answer serve(String path, String query) {
    String[] parts = route(path);
    if (parts == null) {
      return NOT_FOUND;
    }
    if (parts.length == 0) {
      return new Answer(200, CONTENT_TYPE, HELLO);
    }
    String x = queryParam(query, "x");
    if (x == null) {
      return NOT_FOUND;
    }
    String body = "year=" + parts[0] + " month=" + parts[1] + " slug=" + parts[2] + " x=" + x;
    return new Answer(200, CONTENT_TYPE, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The first value of {@code name} in a query string, form-decoded; {@code null} when absent. */
  private static String queryParam(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
