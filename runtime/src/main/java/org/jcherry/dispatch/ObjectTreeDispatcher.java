package org.jcherry.dispatch;

import java.util.List;
import java.util.Map;
import org.jcherry.config.ConfigScope;
import org.jcherry.http.Request;

/**
 * CherryPy's default dispatcher ({@code cherrypy.dispatch.Dispatcher}): walks the handler tree one
 * path segment at a time through the generated tables, then picks the deepest exposed candidate,
 * preferring a node's {@code default} handler. See cherrypy-behaviour.md section 1.1; the steps below
 * keep CherryPy's order so that the same request finds the same handler with the same config.
 */
public final class ObjectTreeDispatcher implements Dispatcher {
  public static final ObjectTreeDispatcher INSTANCE = new ObjectTreeDispatcher();

  @Override
  public Resolution dispatch(Request request, String pathInfo, Mount mount) {
    List<String> atoms = PathSegments.withIndex(pathInfo);
    int n = atoms.size();

    // The trail: entry 0 is the root; entry k+1 is what step k reached (a node, a bound handler or null).
    Object[] nodes = new Object[n + 1];
    int[] segleft = new int[n + 1];
    ConfigScope[] scopes = new ConfigScope[n + 1];
    @SuppressWarnings("unchecked")
    Map<String, Object>[][] added = new Map[n + 1][];

    Object root = mount.root();
    nodes[0] = root;
    segleft[0] = n;
    Map<String, Object> rootSection = mount.section("/");
    added[0] = contributions(configOf(root), rootSection == null ? null : List.of(rootSection));
    scopes[0] = enterAll(mount.globalScope(), added[0]);

    boolean paths = mount.hasPathSections();
    StringBuilder curpath = paths ? new StringBuilder() : null;
    Object node = root;
    int i = 0;
    int steps = 0;
    while (i < n) {
      int start = i;
      Object sub = attribute(node, Names.translate(atoms.get(i)));
      if (sub == null) {
        DispatchTable<Object> table = DispatchTables.forNode(node instanceof BoundHandler ? null : node);
        if (table != null && table.dispatches() && n - i > 1) {
          VirtualPath vpath = new VirtualPath(atoms, i, n - 1);
          sub = table.dispatch(node, vpath, request.params()::put);
          i = Math.max(vpath.position(), i + 1);
        } else {
          i++;
        }
      } else {
        i++;
      }
      node = sub;
      steps++;

      nodes[steps] = node;
      segleft[steps] = n - i;
      added[steps] = contributions(configOf(node), paths ? sections(mount, curpath, atoms, start, i) : null);
      scopes[steps] = enterAll(scopes[steps - 1], added[steps]);
    }

    // Scan from the deepest entry to the root for a default handler or an exposed candidate.
    for (int k = steps; k >= 0; k--) {
      Object candidate = nodes[k];
      if (candidate == null) {
        continue;
      }
      List<String> args = atoms.subList(Math.min(n - segleft[k], n - 1), n - 1);
      if (candidate instanceof BoundHandler) {
        return new Resolution((BoundHandler<?>) candidate, args, k == steps, scopes[steps]);
      }
      BoundHandler<?> dflt = defaultOf(candidate);
      if (dflt != null) {
        // The default handler's own config goes right after its node's, before deeper entries'.
        ConfigScope scope = scopes[k].enter(dflt.handler().config());
        for (int j = k + 1; j <= steps; j++) {
          scope = enterAll(scope, added[j]);
        }
        return new Resolution(dflt, args, pathInfo.endsWith("/"), scope);
      }
    }
    return new Resolution(null, List.of(), false, scopes[steps]);
  }

  private static Object attribute(Object node, String name) {
    if (node == null || node instanceof BoundHandler) {
      return null;
    }
    DispatchTable<Object> table = DispatchTables.forNode(node);
    return table == null ? null : Attributes.lookup(table, node, name);
  }

  private static <T> BoundHandler<T> defaultOf(T node) {
    DispatchTable<T> table = DispatchTables.forNode(node);
    PageHandler<T> h = table == null ? null : table.defaultHandler();
    return h == null ? null : new BoundHandler<>(node, h);
  }

  private static Map<String, Object> configOf(Object node) {
    if (node == null) {
      return null;
    }
    if (node instanceof BoundHandler) {
      return ((BoundHandler<?>) node).handler().config();
    }
    DispatchTable<Object> table = DispatchTables.forNode(node);
    return table == null ? null : table.config();
  }

  /** The node's own config, then the app sections of each path the step consumed, in order. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object>[] contributions(Map<String, Object> nodeConfig, List<Map<String, Object>> sections) {
    if (sections == null || sections.isEmpty()) {
      return new Map[] {nodeConfig};
    }
    Map<String, Object>[] out = new Map[sections.size() + 1];
    out[0] = nodeConfig;
    for (int s = 0; s < sections.size(); s++) {
      out[s + 1] = sections.get(s);
    }
    return out;
  }

  private static List<Map<String, Object>> sections(
      Mount mount, StringBuilder curpath, List<String> atoms, int from, int to) {
    List<Map<String, Object>> out = null;
    for (int s = from; s < to; s++) {
      curpath.append('/').append(atoms.get(s));
      Map<String, Object> sec = mount.section(curpath.toString());
      if (sec != null) {
        if (out == null) {
          out = new java.util.ArrayList<>(2);
        }
        out.add(sec);
      }
    }
    return out;
  }

  private static ConfigScope enterAll(ConfigScope scope, Map<String, Object>[] maps) {
    for (Map<String, Object> m : maps) {
      scope = scope.enter(m);
    }
    return scope;
  }
}
