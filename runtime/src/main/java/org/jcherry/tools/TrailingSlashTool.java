package org.jcherry.tools;

import org.jcherry.Cherry;
import org.jcherry.HTTPRedirect;

/**
 * {@code tools.trailing_slash} (on by default, before_handler, priority 60): an index reached without
 * its trailing slash is redirected (301) to the slashed URL, keeping the query string; with
 * {@code extra}, a non-index URL with a trailing slash is redirected to the one without.
 */
final class TrailingSlashTool implements Tool {
  @Override
  public String name() {
    return "trailing_slash";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    boolean missing = args.bool("missing", true);
    boolean extra = args.bool("extra", false);
    int status = (int) args.number("status", 301);
    args.bool("debug", false);
    double priority = args.priority(60);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.BEFORE_HANDLER,
        priority,
        "trailing_slash",
        (request, response) -> {
          String pi = request.pathInfo();
          if (request.isIndex()) {
            if (missing && !pi.endsWith("/")) {
              throw new HTTPRedirect(Cherry.url(pi + "/", request.queryString()), status);
            }
          } else if (extra && pi.endsWith("/") && !pi.equals("/")) {
            throw new HTTPRedirect(Cherry.url(pi.substring(0, pi.length() - 1), request.queryString()), status);
          }
        });
  }
}
