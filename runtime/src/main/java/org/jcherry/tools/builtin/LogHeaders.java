package org.jcherry.tools.builtin;

import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.ErrorLog;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.log_headers} (on by default, off in production): logs the request headers of a
 * failing request.
 */
final class LogHeaders implements HookCallback {
  LogHeaders(ToolArgs args) {
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    ErrorLog.error("HTTP", "Request Headers:\n" + request.headers(), null);
  }
}
