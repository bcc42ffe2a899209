package org.jcherry.tools.builtin;

import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.log.ErrorLog;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.log_tracebacks} (on by default, before_error_response): logs the unexpected
 * exception of a failing request to the error log, with its stack trace.
 */
final class LogTracebacks implements HookCallback {
  LogTracebacks(ToolArgs args) {
    args.raw("severity");
  }

  @Override
  public void run(Request request, Response response) {
    ErrorLog.error("HTTP", request.requestLine() + " failed", request.error());
  }
}
