package org.jcherry.tools;

import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code tools.log_headers} (on by default, off in production): logs the request headers of a failing request. */
final class LogHeadersTool implements HookCallback {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.error");

  LogHeadersTool(ToolArgs args) {
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    LOG.error("[HTTP] Request Headers:\n{}", request.headers());
  }
}
