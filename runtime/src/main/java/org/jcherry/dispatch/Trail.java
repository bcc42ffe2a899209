package org.jcherry.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcherry.common.Names;
import org.jcherry.config.ConfigScope;
import org.jcherry.http.Request;
import org.jcherry.http.WorkerNeeded;
import org.jcherry.internal.BoundHandler;

/**
 * The walk down the handler tree that CherryPy's dispatchers share ({@code find_handler}'s object
 * trail): one path segment at a time through the generated tables, recording what each step reached
 * and the config in force after it. Dispatchers then pick their candidate from the trail, deepest
 * first. See cherrypy-behaviour.md section 1.1; the steps keep CherryPy's order so that the same
 * request finds the same node with the same config.
 */
final class Trail {
  private final List<String> atoms;
  private final int n;

  /** Entry 0 is the root; entry k+1 is what step k reached (a node, a bound handler or null). */
  private final Object[] nodes;

  private final int[] segleft;
  private final ConfigScope[] scopes;

  /**
   * Per trail entry, the config that entry laid over the scope: its node's own map (or null) when
   * no app section matched, else a List of the maps; one object each, as most entries add one map.
   */
  private final Object[] added;

  private int steps;

  @SuppressWarnings("unchecked")
  private Trail(List<String> atoms) {
    this.atoms = atoms;
    this.n = atoms.size();
    this.nodes = new Object[n + 1];
    this.segleft = new int[n + 1];
    this.scopes = new ConfigScope[n + 1];
    this.added = new Object[n + 1];
  }

  /**
   * Walks {@code pathInfo} from the mount's root; popargs and dispatch methods may add to the
   * request's params.
   */
  static Trail walk(Request request, String pathInfo, Mount mount) {
    Trail t = new Trail(PathSegments.withIndex(pathInfo));
    int n = t.n;
    Object root = mount.root();
    t.nodes[0] = root;
    t.segleft[0] = n;
    Map<String, Object> rootSection = mount.section("/");
    // Each node's table is looked up once per step: the walk asks it for names, popargs and config.
    DispatchTable<Object> table = tableOf(root);
    t.added[0] =
        contributions(configOf(root, table), rootSection == null ? null : List.of(rootSection));
    t.scopes[0] = enterAll(mount.globalScope(), t.added[0]);

    boolean paths = mount.hasPathSections();
    StringBuilder curpath = paths ? new StringBuilder() : null;
    Object node = root;
    int i = 0;
    while (i < n) {
      int start = i;
      Object sub = table == null ? null : table.attribute(node, Names.translate(t.atoms.get(i)));
      if (sub == null) {
        if (table != null && table.dispatches() && n - i > 1) {
          if (request.onIoThread()) {
            throw WorkerNeeded
                .INSTANCE; // popargs or _cp_dispatch: user code, not for the IO thread
          }
          VirtualPath vpath = new VirtualPath(t.atoms, i, n - 1);
          sub = table.dispatch(node, vpath, request.params()::put);
          i = Math.max(vpath.position(), i + 1);
        } else {
          i++;
        }
      } else {
        i++;
      }
      node = sub;
      table = tableOf(node);
      int k = ++t.steps;
      t.nodes[k] = node;
      t.segleft[k] = n - i;
      t.added[k] =
          contributions(
              configOf(node, table), paths ? sections(mount, curpath, t.atoms, start, i) : null);
      t.scopes[k] = enterAll(t.scopes[k - 1], t.added[k]);
    }
    return t;
  }

  /** The index of the deepest entry. */
  int deepest() {
    return steps;
  }

  /** What entry {@code k} reached: a node, a {@link BoundHandler} or {@code null}. */
  Object node(int k) {
    return nodes[k];
  }

  /**
   * The positional arguments a handler found at entry {@code k} receives: the segments left after
   * it.
   */
  List<String> argsAt(int k) {
    int from = Math.min(n - segleft[k], n - 1);
    return from == n - 1 ? List.of() : atoms.subList(from, n - 1);
  }

  /** The config of the whole trail. */
  ConfigScope scope() {
    return scopes[steps];
  }

  /**
   * The config of the whole trail with {@code extra} entered right after entry {@code k}'s own
   * config.
   */
  ConfigScope scopeInserting(int k, Map<String, Object> extra) {
    ConfigScope scope = scopes[k].enter(extra);
    for (int j = k + 1; j <= steps; j++) {
      scope = enterAll(scope, added[j]);
    }
    return scope;
  }

  /**
   * The table of a node the walk can go on from; {@code null} for a handler, nothing, or a node
   * without one.
   */
  private static DispatchTable<Object> tableOf(Object node) {
    return node instanceof BoundHandler ? null : DispatchTables.forNode(node);
  }

  private static Map<String, Object> configOf(Object node, DispatchTable<Object> table) {
    if (node instanceof BoundHandler) {
      return ((BoundHandler<?>) node).handler().config();
    }
    return table == null ? null : table.config();
  }

  /** The node's own config, then the app sections of each path the step consumed, in order. */
  private static Object contributions(
      Map<String, Object> nodeConfig, List<Map<String, Object>> sections) {
    if (sections == null || sections.isEmpty()) {
      return nodeConfig;
    }
    List<Map<String, Object>> out = new ArrayList<>(sections.size() + 1);
    out.add(nodeConfig);
    out.addAll(sections);
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
          out = new ArrayList<>(2);
        }
        out.add(sec);
      }
    }
    return out;
  }

  /** {@code scope} with an entry's {@link #added} config laid over it. */
  @SuppressWarnings("unchecked")
  private static ConfigScope enterAll(ConfigScope scope, Object added) {
    if (!(added instanceof List)) {
      return scope.enter((Map<String, Object>) added);
    }
    for (Map<String, Object> m : (List<Map<String, Object>>) added) {
      scope = scope.enter(m);
    }
    return scope;
  }
}
