package org.jcherry.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.http.HeaderMap;

/**
 * A response as it came over the socket: status line, headers in order, and the (de-chunked) body.
 */
public record TestResponse(
    String version, int status, String reason, HeaderMap headers, byte[] bodyBytes) {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** The cookies this response sets: name to value, in header order. */
  public Map<String, String> cookies() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String set : headers("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return out;
  }

  /** The value of cookie {@code name} this response sets, or {@code null}. */
  public String cookie(String name) {
    return cookies().get(name);
  }

  /** The body read as JSON: maps, lists, strings, numbers, booleans or {@code null}. */
  public Object json() {
    try {
      return JSON.readValue(bodyBytes, Object.class);
    } catch (IOException e) {
      throw new IllegalStateException("the body is not JSON: " + body(), e);
    }
  }

  @Override
  public String toString() {
    return version + " " + status + " " + reason + "\n" + headers + "\n" + body();
  }
}
