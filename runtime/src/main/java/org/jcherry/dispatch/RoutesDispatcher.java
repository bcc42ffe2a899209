package org.jcherry.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.common.Names;
import org.jcherry.config.ConfigScope;
import org.jcherry.http.Request;
import org.jcherry.internal.BoundHandler;
import org.jcherry.internal.PageHandler;

/**
 * A dispatcher of explicit routes, CherryPy's {@code RoutesDispatcher}: each route is a path
 * pattern such as {@code /blog/{year}/{slug}} naming a controller node and one of its exposed
 * handlers (the action). The first route that matches serves the request; each {@code {name}} takes
 * one path segment into the request parameter {@code name}. The handler runs under the config of
 * the app's sections along the path, then its controller's class, then its own. No route matching
 * is a 404.
 *
 * <pre>{@code
 * RoutesDispatcher routes = new RoutesDispatcher()
 *     .connect("post", "/blog/{year}/{slug}", blog, "show")
 *     .connect("home", "/", root, "index");
 * Map.of("/", Map.of("request.dispatch", routes))
 * }</pre>
 */
public final class RoutesDispatcher implements Dispatcher {
  private record Route(String[] parts, Object controller, PageHandler<Object> action) {
    /** The parameters the path gives, or {@code null} when it does not match. */
    Map<String, String> match(List<String> segments) {
      if (segments.size() != parts.length) {
        return null;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        String seg = segments.get(i);
        if (part.startsWith("{") && part.endsWith("}")) {
          params.put(part.substring(1, part.length() - 1), seg);
        } else if (!part.equals(seg)) {
          return null;
        }
      }
      return params;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  /**
   * Adds a route: {@code pattern} (literal segments and {@code {name}} segments) is served by the
   * exposed handler {@code action} of {@code controller}. Fails now if the controller has no such
   * handler or the pattern is malformed.
   */
  public synchronized RoutesDispatcher connect(
      String name, String pattern, Object controller, String action) {
    DispatchTable<Object> table = DispatchTables.forNode(controller);
    PageHandler<Object> handler = table == null ? null : table.handler(Names.translate(action));
    if (handler == null) {
      throw new IllegalArgumentException(
          "Route "
              + name
              + " ("
              + pattern
              + "): "
              + (controller == null ? "null" : controller.getClass().getName())
              + " has no exposed handler '"
              + action
              + "'");
    }
    List<String> parts = segments(pattern);
    for (String part : parts) {
      if ((part.startsWith("{") || part.endsWith("}"))
          && !part.matches("\\{[A-Za-z_][A-Za-z0-9_]*}")) {
        throw new IllegalArgumentException(
            "Route " + name + ": '" + part + "' in " + pattern + " is not a {name} segment");
      }
    }
    routes.add(new Route(parts.toArray(new String[0]), controller, handler));
    return this;
  }

  @Override
  public Resolution dispatch(Request request, String pathInfo, Mount mount) {
    List<String> segments = segments(pathInfo);
    for (Route route : routes) {
      Map<String, String> params = route.match(segments);
      if (params != null) {
        params.forEach(request.params()::put);
        ConfigScope scope =
            sectionsScope(mount, segments)
                .enter(DispatchTables.forNode(route.controller()).config())
                .enter(route.action().config());
        return new Resolution(
            new BoundHandler<>(route.controller(), route.action()), List.of(), false, scope);
      }
    }
    return new Resolution(null, List.of(), false, sectionsScope(mount, segments));
  }

  /** The global config, then the app's sections for {@code /} and each path prefix, in order. */
  private static ConfigScope sectionsScope(Mount mount, List<String> segments) {
    ConfigScope scope = mount.globalScope().enter(mount.section("/"));
    if (mount.hasPathSections()) {
      StringBuilder path = new StringBuilder();
      for (String seg : segments) {
        path.append('/').append(seg);
        scope = scope.enter(mount.section(path.toString()));
      }
    }
    return scope;
  }

  /** The non-empty segments of a path, {@code %2F} inside a segment read as {@code /}. */
  private static List<String> segments(String path) {
    List<String> withIndex = PathSegments.withIndex(path);
    return withIndex.subList(0, withIndex.size() - 1);
  }
}
