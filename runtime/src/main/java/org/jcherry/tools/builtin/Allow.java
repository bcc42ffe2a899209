package org.jcherry.tools.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jcherry.HTTPError;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.allow} (on_start_resource): sends {@code Allow} with {@code methods} (default GET
 * and HEAD; HEAD is added with GET) and refuses other methods with a 405.
 */
final class Allow implements HookCallback {
  private final List<String> methods = new ArrayList<>();
  private final String allow;

  Allow(ToolArgs args) {
    for (String m : args.strings("methods", List.of())) {
      if (!m.isEmpty()) {
        methods.add(m.toUpperCase(Locale.ROOT));
      }
    }
    if (methods.isEmpty()) {
      methods.addAll(List.of("GET", "HEAD"));
    } else if (methods.contains("GET") && !methods.contains("HEAD")) {
      methods.add("HEAD");
    }
    this.allow = String.join(", ", methods);
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    response.headers().put("Allow", allow);
    if (!methods.contains(request.method())) {
      throw new HTTPError(405);
    }
  }
}
