package org.jcherry.tools.builtin;

import java.util.List;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.ignore_headers} (before_request_body): removes request {@code headers} (default
 * {@code Range}).
 */
final class IgnoreHeaders implements HookCallback {
  private final List<String> headers;

  IgnoreHeaders(ToolArgs args) {
    this.headers = args.strings("headers", List.of("Range"));
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    headers.forEach(request.headers()::remove);
  }
}
