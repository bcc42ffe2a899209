package org.jcherry.tools;

import org.jcherry.log.ErrorLog;

/**
 * {@code tools.log_tracebacks} (on by default, before_error_response): logs the unexpected exception
 * of a failing request to the error log, with its stack trace.
 */
final class LogTracebacksTool implements Tool {
  @Override
  public String name() {
    return "log_tracebacks";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    args.raw("severity");
    double priority = args.priority(50);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.BEFORE_ERROR_RESPONSE,
        priority,
        "log_tracebacks",
        (request, response) -> {
          ErrorLog.error("HTTP", request.requestLine() + " failed", request.error());
        });
  }
}
