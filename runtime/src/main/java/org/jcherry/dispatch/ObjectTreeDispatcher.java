package org.jcherry.dispatch;

import java.util.List;
import org.jcherry.http.Request;
import org.jcherry.internal.BoundHandler;
import org.jcherry.internal.PageHandler;

/**
 * CherryPy's default dispatcher ({@code cherrypy.dispatch.Dispatcher}): walks the handler tree one
 * path segment at a time through the generated tables ({@link Trail}), then picks the deepest
 * exposed candidate, preferring a node's {@code default} handler. See cherrypy-behaviour.md section
 * 1.1.
 */
public final class ObjectTreeDispatcher implements Dispatcher {
  public static final ObjectTreeDispatcher INSTANCE = new ObjectTreeDispatcher();

  @Override
  public Resolution dispatch(Request request, String pathInfo, Mount mount) {
    Trail trail = Trail.walk(request, pathInfo, mount);
    int steps = trail.deepest();
    // Scan from the deepest entry to the root for a default handler or an exposed candidate.
    for (int k = steps; k >= 0; k--) {
      Object candidate = trail.node(k);
      if (candidate == null) {
        continue;
      }
      List<String> args = trail.argsAt(k);
      if (candidate instanceof BoundHandler) {
        return new Resolution((BoundHandler<?>) candidate, args, k == steps, trail.scope());
      }
      BoundHandler<?> dflt = defaultOf(candidate);
      if (dflt != null) {
        // The default handler's own config goes right after its node's, before deeper entries'.
        return new Resolution(
            dflt, args, pathInfo.endsWith("/"), trail.scopeInserting(k, dflt.handler().config()));
      }
    }
    return new Resolution(null, List.of(), false, trail.scope());
  }

  private static <T> BoundHandler<T> defaultOf(T node) {
    DispatchTable<T> table = DispatchTables.forNode(node);
    PageHandler<T> h = table == null ? null : table.defaultHandler();
    return h == null ? null : new BoundHandler<>(node, h);
  }
}
