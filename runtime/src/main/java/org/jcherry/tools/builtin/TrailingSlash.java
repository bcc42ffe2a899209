package org.jcherry.tools.builtin;

import org.jcherry.HTTPRedirect;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.http.UrlBuilder;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.trailing_slash} (on by default, before_handler, priority 60): an index reached
 * without its trailing slash is redirected (301) to the slashed URL, keeping the query string; with
 * {@code extra}, a non-index URL with a trailing slash is redirected to the one without.
 */
final class TrailingSlash implements HookCallback {
  private final boolean missing;
  private final boolean extra;
  private final int status;

  TrailingSlash(ToolArgs args) {
    this.missing = args.bool("missing", true);
    this.extra = args.bool("extra", false);
    this.status = args.integer("status", 301);
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    String pi = request.pathInfo();
    if (request.isIndex()) {
      if (missing && !pi.endsWith("/")) {
        throw new HTTPRedirect(UrlBuilder.url(request, pi + "/", request.queryString()), status);
      }
    } else if (extra && pi.endsWith("/") && !pi.equals("/")) {
      throw new HTTPRedirect(
          UrlBuilder.url(request, pi.substring(0, pi.length() - 1), request.queryString()), status);
    }
  }
}
