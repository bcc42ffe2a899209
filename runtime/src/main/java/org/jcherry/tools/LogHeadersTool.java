package org.jcherry.tools;

import org.jcherry.log.ErrorLog;

/** {@code tools.log_headers} (on by default, off in production): logs the request headers of a failing request. */
final class LogHeadersTool implements Tool {
  @Override
  public String name() {
    return "log_headers";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    double priority = args.priority(50);
    args.bool("debug", false);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.BEFORE_ERROR_RESPONSE,
        priority,
        "log_headers",
        (request, response) -> ErrorLog.error("HTTP", "Request Headers:\n" + request.headers(), null));
  }
}
