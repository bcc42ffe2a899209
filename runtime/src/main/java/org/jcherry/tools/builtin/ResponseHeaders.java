package org.jcherry.tools.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.response_headers} (on_start_resource, failsafe): sets {@code headers}, a list of
 * {@code (name, value)} pairs ({@code [('X-A', '1')]} in config) or a map, on every response.
 */
final class ResponseHeaders implements HookCallback {
  private final List<String[]> headers = new ArrayList<>();

  ResponseHeaders(ToolArgs args) {
    Object given = args.raw("headers");
    if (given instanceof Map) {
      ((Map<?, ?>) given)
          .forEach((k, v) -> headers.add(new String[] {k.toString(), String.valueOf(v)}));
    } else if (given instanceof List) {
      for (Object pair : (List<?>) given) {
        if (!(pair instanceof List) || ((List<?>) pair).size() != 2) {
          throw new IllegalArgumentException(
              "tools.response_headers.headers must hold (name, value) pairs, not " + pair);
        }
        List<?> p = (List<?>) pair;
        headers.add(new String[] {p.get(0).toString(), String.valueOf(p.get(1))});
      }
    } else if (given != null) {
      throw new IllegalArgumentException(
          "tools.response_headers.headers must be a list of pairs, not " + given);
    }
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    for (String[] h : headers) {
      response.headers().put(h[0], h[1]);
    }
  }
}
