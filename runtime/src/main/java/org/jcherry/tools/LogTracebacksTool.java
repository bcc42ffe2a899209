package org.jcherry.tools;

import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tools.log_tracebacks} (on by default, before_error_response): logs the unexpected exception
 * of a failing request to the error log, with its stack trace.
 */
final class LogTracebacksTool implements HookCallback {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.error");

  LogTracebacksTool(ToolArgs args) {
    args.raw("severity");
  }

  @Override
  public void run(Request request, Response response) {
    LOG.error("[HTTP] {} failed", request.requestLine(), request.error());
  }
}
