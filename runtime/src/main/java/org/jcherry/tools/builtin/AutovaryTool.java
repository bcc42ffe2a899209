package org.jcherry.tools.builtin;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookMap;
import org.jcherry.tools.HookPoint;
import org.jcherry.tools.Tool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.autovary} (on_start_resource, priority 0): notes every request header the request's
 * handler and tools look up and names them in {@code Vary} (before_finalize, priority 95), except
 * {@code ignore} (default Content-Disposition, Content-Length, Content-Type).
 */
final class AutovaryTool implements Tool {
  private static final String READ = "autovary.read";

  @Override
  public String name() {
    return "autovary";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    Set<String> ignore = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    ignore.addAll(
        args.strings("ignore", List.of("Content-Disposition", "Content-Length", "Content-Type")));
    args.bool("debug", false);
    double priority = args.priority(0);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.ON_START_RESOURCE,
        priority,
        "autovary",
        (request, response) -> {
          Set<String> read = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
          request.setAttribute(READ, read);
          request.headers().onRead(read::add);
        });
    hooks.attach(
        HookPoint.BEFORE_FINALIZE,
        95,
        "autovary.vary",
        (request, response) -> emit(request, response, ignore));
  }

  @SuppressWarnings("unchecked")
  private static void emit(Request request, Response response, Set<String> ignore) {
    request.headers().onRead(null);
    // As CherryPy: the Vary already set and the headers read, less the ignored ones, sorted.
    Set<String> names = new TreeSet<>((Set<String>) request.attribute(READ));
    for (HeaderElements.Element e : HeaderElements.of(response.headers(), "Vary")) {
      names.add(e.value());
    }
    names.removeIf(ignore::contains);
    response.headers().put("Vary", String.join(", ", names));
  }
}
