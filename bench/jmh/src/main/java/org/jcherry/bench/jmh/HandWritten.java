package org.jcherry.bench.jmh;

import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The baseline: samples/hello's two routes by hand, the work bench's {@code RawUndertow} handler
 * does, without the network. Undertow hands that handler a decoded path and parsed query
 * parameters; here the query is parsed by hand (the routes' paths have no escapes to decode). The
 * answer's Content-Type and Content-Length go into a new Undertow {@code HeaderMap}, as that
 * handler puts them into its exchange's, so that the baseline of {@code GET /} is more than a
 * string compare the JIT folds into a constant.
 */
final class HandWritten {
  /** JCherry's, so that both sides answer alike. */
  private static final String CONTENT_TYPE = InMemoryApp.CONTENT_TYPE;

  private static final String BLOG = "/blog/";
  private static final String[] NO_SEGMENTS = {};
  private static final byte[] HELLO = "Hello, world!".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOT_FOUND = "Not Found".getBytes(StandardCharsets.UTF_8);

  private HandWritten() {}

  /** A response: status, headers and body. */
  record Answer(int status, HeaderMap headers, byte[] body) {}

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
      return answer(404, NOT_FOUND);
    }
    if (parts.length == 0) {
      return answer(200, HELLO);
    }
    String x = queryParam(query, "x");
    if (x == null) {
      return answer(404, NOT_FOUND);
    }
    String body = "year=" + parts[0] + " month=" + parts[1] + " slug=" + parts[2] + " x=" + x;
    return answer(200, body.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code RawUndertow}'s {@code send}: the two headers, then the body. */
  private static Answer answer(int status, byte[] body) {
    HeaderMap headers = new HeaderMap();
    headers.put(Headers.CONTENT_TYPE, CONTENT_TYPE);
    headers.put(Headers.CONTENT_LENGTH, body.length);
    return new Answer(status, headers, body);
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
