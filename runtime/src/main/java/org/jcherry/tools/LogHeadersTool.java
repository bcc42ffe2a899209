package org.jcherry.tools;

import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.ErrorLog;

/**
 * {@code tools.log_headers} (on by default, off in production): logs the request headers of a
 * failing request.
 */
final class LogHeadersTool implements HookCallback {
  LogHeadersTool(ToolArgs args) {
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    ErrorLog.error("HTTP", "Request Headers:\n" + request.headers(), null);
  }
}
