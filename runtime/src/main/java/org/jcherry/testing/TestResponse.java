package org.jcherry.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jcherry.http.HeaderMap;

/**
 * A response as it came over the socket: status line, headers in order, and the (de-chunked) body.
 */
public record TestResponse(
    String version, int status, String reason, HeaderMap headers, byte[] bodyBytes) {

  /** The body as UTF-8 text. */
  public String body() {
    return new String(bodyBytes, StandardCharsets.UTF_8);
  }

  /** The first value of header {@code name}, or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }

  /** Every value of header {@code name}. */
  public List<String> headers(String name) {
    return headers.getAll(name);
  }

  @Override
  public String toString() {
    return version + " " + status + " " + reason + "\n" + headers + "\n" + body();
  }
}
