package org.jcherry.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code tools.response_headers} (on_start_resource): sets the {@code headers} given as a list of
 * {@code (name, value)} pairs on every response of the handler, error pages and redirects included.
 */
final class ResponseHeadersTool implements Tool {
  @Override
  public String name() {
    return "response_headers";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    List<String[]> headers = pairs(args.raw("headers"));
    args.bool("debug", false);
    double priority = args.priority(50);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.ON_START_RESOURCE,
        priority,
        "response_headers",
        (request, response) -> {
          for (String[] h : headers) {
            response.headers().put(h[0], h[1]);
          }
        });
  }

  private static List<String[]> pairs(Object value) {
    List<String[]> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value instanceof List) {
      for (Object pair : (List<?>) value) {
        if (pair instanceof List && ((List<?>) pair).size() == 2) {
          List<?> p = (List<?>) pair;
          out.add(new String[] {String.valueOf(p.get(0)), String.valueOf(p.get(1))});
          continue;
        }
        throw notPairs(value);
      }
      return out;
    }
    throw notPairs(value);
  }

  private static IllegalArgumentException notPairs(Object value) {
    return new IllegalArgumentException(
        "tools.response_headers.headers must be a list of (name, value) pairs, not " + value);
  }
}
