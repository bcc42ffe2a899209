package org.jcherry.dispatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jcherry.HTTPError;
import org.jcherry.common.Names;
import org.jcherry.http.Request;
import org.jcherry.internal.BoundHandler;
import org.jcherry.internal.PageHandler;

/**
 * CherryPy's {@code MethodDispatcher}, for REST resources: the tree walk of the default dispatcher
 * finds a <em>resource</em> (a node whose class exposes methods named after HTTP methods, such as
 * {@code @Expose public String GET(...)}), then the request's method picks the handler. {@code
 * HEAD} falls back to {@code GET}; a method the resource lacks is a 405. Every answer of a
 * resource, 404s included, carries {@code Allow}: its HTTP-method names, sorted, with {@code HEAD}
 * when it has {@code GET}. The segments left after the resource are the handler's positional
 * arguments, the handler's own config merges last, and a resource root is never redirected to a
 * slashed URL.
 *
 * <p>Set it as an app's {@code request.dispatch}: {@code Map.of("/", Map.of("request.dispatch", new
 * MethodDispatcher()))}.
 */
public final class MethodDispatcher implements Dispatcher {
  private static final PageHandler<Object> NOT_ALLOWED =
      PageHandler.of(
          "405",
          Map.of(),
          (node, call) -> {
            throw new HTTPError(405);
          });

  /** A resource class's HTTP methods and {@code Allow} header, worked out once per table. */
  private record Methods(Set<String> names, Map<String, String> allow) {}

  private final Map<DispatchTable<?>, Methods> methods = new ConcurrentHashMap<>();

  @Override
  public Resolution dispatch(Request request, String pathInfo, Mount mount) {
    Trail trail = Trail.walk(request, pathInfo, mount);
    for (int k = trail.deepest(); k >= 0; k--) {
      Object node = trail.node(k);
      DispatchTable<Object> table =
          node instanceof BoundHandler ? null : DispatchTables.forNode(node);
      Methods resource =
          table == null ? null : methods.computeIfAbsent(table, MethodDispatcher::methodsOf);
      if (resource == null || resource.names().isEmpty()) {
        continue;
      }
      List<String> args = trail.argsAt(k);
      String method = Names.translate(request.method().toUpperCase(Locale.ROOT));
      if (!resource.names().contains(method) && method.equals("HEAD")) {
        method = "GET";
      }
      if (!resource.names().contains(method)) {
        return new Resolution(
            new BoundHandler<>(node, NOT_ALLOWED), args, false, trail.scope(), resource.allow());
      }
      PageHandler<Object> handler = table.handler(method);
      return new Resolution(
          new BoundHandler<>(node, handler),
          args,
          false,
          trail.scope().enter(handler.config()),
          resource.allow());
    }
    return new Resolution(null, List.of(), false, trail.scope());
  }

  private static Methods methodsOf(DispatchTable<?> table) {
    Set<String> names = new TreeSet<>();
    for (String name : table.handlerNames()) {
      if (isHttpMethodName(name)) {
        names.add(name);
      }
    }
    Set<String> allowed = new TreeSet<>(names);
    if (names.contains("GET")) {
      allowed.add("HEAD");
    }
    Map<String, String> allow =
        names.isEmpty() ? Map.of() : Map.of("Allow", String.join(", ", allowed));
    return new Methods(Set.copyOf(names), allow);
  }

  /** Python's {@code str.isupper()}: some cased letter, none lower-case. */
  private static boolean isHttpMethodName(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT))
        && !name.equals(name.toLowerCase(Locale.ROOT));
  }
}
