package org.jcherry.tools.builtin;

import java.time.Duration;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.HttpDates;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.expires} (before_finalize): when {@code force} is on or the response already looks
 * cacheable (it has ETag, Last-Modified, Age or Expires), sets {@code Expires} to now plus {@code
 * secs} (a number or a {@link Duration}); {@code secs = 0} instead sends the no-cache set: {@code
 * Pragma}, {@code Cache-Control} (HTTP/1.1) and an Expires in the past.
 */
final class Expires implements HookCallback {
  private static final String PAST = "Sun, 28 Jan 2007 00:00:00 GMT";

  private final long secs;
  private final boolean force;

  Expires(ToolArgs args) {
    Object given = args.raw("secs");
    this.secs =
        given instanceof Duration ? ((Duration) given).getSeconds() : (long) args.number("secs", 0);
    this.force = args.bool("force", false);
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    HeaderMap headers = response.headers();
    boolean cacheable = force;
    for (String indicator : new String[] {"ETag", "Last-Modified", "Age", "Expires"}) {
      cacheable |= headers.contains(indicator);
    }
    if (!cacheable) {
      return;
    }
    if (secs == 0) {
      if (force || !headers.contains("Pragma")) {
        headers.put("Pragma", "no-cache");
      }
      if (request.isHttp11()) {
        if (force || !headers.contains("Cache-Control")) {
          headers.put("Cache-Control", "no-cache, must-revalidate");
        }
      }
    }
    if (force || !headers.contains("Expires")) {
      headers.put("Expires", secs == 0 ? PAST : HttpDates.fromNow(secs));
    }
  }
}
