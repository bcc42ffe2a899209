package org.jcherry.http;

import java.util.List;
import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;

/**
 * Conditional requests against the validators a response carries, CherryPy's {@code
 * cptools.validate_since}: {@code If-Unmodified-Since} other than {@code Last-Modified} is a 412,
 * {@code If-Modified-Since} equal to it a 304 (412 for other methods than GET and HEAD).
 */
public final class Conditions {
  private Conditions() {}

  public static void validateSince(Request request, Response response) {
    String lastModified = response.headers().get("Last-Modified");
    if (lastModified == null) {
      return;
    }
    int status = response.status();
    String since = request.headers().get("If-Unmodified-Since");
    if (since != null && !since.equals(lastModified) && (status / 100 == 2 || status == 412)) {
      throw new HTTPError(412);
    }
    since = request.headers().get("If-Modified-Since");
    if (since != null && since.equals(lastModified) && (status / 100 == 2 || status == 304)) {
      notModified(request);
    }
  }

  /** 304 for GET and HEAD, 412 for other methods. */
  public static void notModified(Request request) {
    if (request.method().equals("GET") || request.method().equals("HEAD")) {
      throw new HTTPRedirect(List.of(), 304);
    }
    throw new HTTPError(412);
  }
}
