package org.jcherry.samples.wiki;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.http.ErrorPage;

/**
 * The API's errors as JSON, not the site's HTML pages ({@code error_page.default} of {@code /api}):
 * {@code {"status": 404, "reason": "Not Found", "message": "There is no page X."}}. A 500 says only
 * that it is our fault, whatever the exception was.
 */
final class ApiErrors implements ErrorPage.Renderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Object render(String status, String message, String traceback, String version)
      throws Exception {
    Cherry.response().headers().put("Content-Type", "application/json");
    int code = Integer.parseInt(status.substring(0, 3));
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", code);
    error.put("reason", unescape(status.substring(3).strip()));
    error.put(
        "message",
        code >= 500
            ? "Something went wrong on our side; please try again later."
            : unescape(message));
    return JSON.writeValueAsBytes(error);
  }

  /** An error page gets its texts HTML-escaped (as CherryPy's do); JSON wants them as they were. */
  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
