package org.jcherry.tools.builtin;

import org.jcherry.HTTPRedirect;
import org.jcherry.InternalRedirect;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.redirect} (on_start_resource) and {@code tools.err_redirect} (the error response):
 * send the request to {@code url}, internally (default) or with an HTTP redirect.
 */
final class Redirect implements HookCallback {
  private final String url;
  private final boolean internal;

  Redirect(ToolArgs args) {
    this.url = args.string("url", "");
    this.internal = args.bool("internal", true);
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    if (internal) {
      int q = url.indexOf('?');
      throw q < 0
          ? new InternalRedirect(url)
          : new InternalRedirect(url.substring(0, q), url.substring(q + 1));
    }
    throw new HTTPRedirect(url);
  }
}
