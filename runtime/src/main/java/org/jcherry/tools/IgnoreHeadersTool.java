package org.jcherry.tools;

import java.util.List;
import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * {@code tools.ignore_headers} (before_request_body): removes request {@code headers} (default
 * {@code Range}).
 */
final class IgnoreHeadersTool implements HookCallback {
  private final List<String> headers;

  IgnoreHeadersTool(ToolArgs args) {
    this.headers = args.strings("headers", List.of("Range"));
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    headers.forEach(request.headers()::remove);
  }
}
