package org.jcherry.boot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jcherry.app.Application;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.DispatchTables;
import org.jcherry.dispatch.MethodDispatcher;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.PageHandler;

/**
 * The whole URL space of a tree, for the launcher's {@code --routes}: per mounted app, every
 * handler URL (index, names, aliases, {@code default} as {@code /...}), popargs segments as {@code
 * /{year}/{month}}, {@code _cp_dispatch} nodes, MethodDispatcher resources with their methods, and
 * for each handler the tools its merged config turns on, and {@code path: io thread} where a GET
 * without a body is served on the IO thread (a {@code @NonBlocking} handler whose plan allows it;
 * every other row runs on a worker). It reads the routes the processor wrote into each table and
 * walks the live tree's children, so what it lists is what dispatch serves.
 */
final class Routes {
  /** A class reached again below itself (a tree that leads back to itself) is listed once. */
  private final Set<Class<?>> chain = new HashSet<>();

  /**
   * One line of the listing, its cells in column order: the URL, the handler, the tools, the thread
   * path. A new column is one more cell here and in {@link #add}; {@link #text} renders them all:
   * the first {@link #ALIGNED} in aligned columns, each later one after them when it is not empty.
   */
  private record Row(List<String> cells) {}

  /** The columns padded to one width: the URL and the handler. */
  private static final int ALIGNED = 2;

  /** The tools the framework turns on for every route ({@code tools.encode.on}...). */
  private static final Set<String> EVERYWHERE = toolsOn(new GlobalConfig().asMap(), Set.of());

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> global;

  private Routes(Map<String, Object> global) {
    this.global = global;
  }

  /** The routes of {@code tree}, over its global config. */
  static Routes of(Tree tree) {
    Routes r = new Routes(tree.config().asMap());
    for (Application app : new TreeMap<>(tree.apps()).values()) {
      if (app.root() != null) {
        r.walk(app, app.root(), DispatchTables.forNode(app.root()), "", new LinkedHashMap<>());
      }
    }
    return r;
  }

  /** One line per row: the first {@link #ALIGNED} cells in aligned columns, then the others. */
  String text() {
    int[] widths = new int[ALIGNED];
    for (Row r : rows) {
      for (int i = 0; i < ALIGNED; i++) {
        widths[i] = Math.max(widths[i], r.cells().get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (Row r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.cells().size(); i++) {
        String cell = r.cells().get(i);
        if (i < ALIGNED) {
          line.append(i == 0 ? "" : "  ")
              .append(cell)
              .append(" ".repeat(widths[i] - cell.length()));
        } else if (!cell.isEmpty()) {
          line.append("  ").append(cell);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /**
   * Lists {@code table}'s routes under {@code path} (the path inside {@code app}); {@code node} is
   * the live node, or {@code null} when only its class is known (after a hook).
   */
  private void walk(
      Application app,
      Object node,
      DispatchTable<?> table,
      String path,
      Map<String, Object> nodeConfig) {
    if (table == null || !chain.add(table.nodeType())) {
      return;
    }
    Map<String, Object> config = new LinkedHashMap<>(nodeConfig);
    config.putAll(table.config());
    boolean byMethod =
        app.findConfig(slash(path), "request.dispatch", null) instanceof MethodDispatcher;
    String className = table.nodeType().getSimpleName();
    for (Route route : table.routes()) {
      if (route.hook()) {
        String below = path + route.path();
        add(app, below + "/...", className + ": " + route.target(), config, null);
        if (route.next() == table.nodeType()) {
          // CherryPy's class popargs continues on the same node: list its routes once more, below
          // the popped segments, without popping again.
          listHandlers(app, table, below, config, byMethod, className);
        } else if (route.next() != null) {
          walk(app, null, DispatchTables.forType(route.next()), below, config);
        }
      } else {
        addHandler(app, table, route, path, config, byMethod, className);
      }
    }
    for (String name : table.childNames()) {
      Object child = node == null ? null : childOf(table, node, name);
      String below = path + "/" + name;
      if (child != null) {
        walk(app, child, DispatchTables.forNode(child), below, config);
      } else if (node == null) {
        add(
            app,
            below + "/...",
            className + "." + name + " (a child known at run time)",
            config,
            null);
      }
    }
    chain.remove(table.nodeType());
  }

  private void listHandlers(
      Application app,
      DispatchTable<?> table,
      String path,
      Map<String, Object> config,
      boolean byMethod,
      String className) {
    for (Route route : table.routes()) {
      if (!route.hook()) {
        addHandler(app, table, route, path, config, byMethod, className);
      }
    }
  }

  private void addHandler(
      Application app,
      DispatchTable<?> table,
      Route route,
      String path,
      Map<String, Object> config,
      boolean byMethod,
      String className) {
    String target = className + "." + route.target();
    if (byMethod && isHttpMethod(route.path())) {
      String method = route.path().substring(1);
      add(app, method + " " + slash(path), target, config, handlerConfig(table, method));
    } else {
      String name =
          route.path().equals("/")
              ? "index"
              : route.path().equals("/...") ? "default" : route.path().substring(1);
      add(app, join(path, route.path()), target, config, handlerConfig(table, name));
    }
  }

  @SuppressWarnings("unchecked")
  private static Object childOf(DispatchTable<?> table, Object node, String name) {
    return ((DispatchTable<Object>) table).child(node, name);
  }

  private static Map<String, Object> handlerConfig(DispatchTable<?> table, String name) {
    PageHandler<?> h = table.handler(name);
    return h == null ? Map.of() : h.config();
  }

  /** A row; {@code handlerConfig} is {@code null} for a row that is no handler (a hook's). */
  private void add(
      Application app,
      String url,
      String target,
      Map<String, Object> nodeConfig,
      Map<String, Object> handlerConfig) {
    String full =
        url.contains(" ") ? url.replaceFirst(" ", " " + app.scriptName()) : app.scriptName() + url;
    String path = pathOf(url);
    // A hook's row (handlerConfig null) and a path with popargs segments ({year}) are walked with
    // popargs or _cp_dispatch, which only a worker runs.
    boolean io =
        handlerConfig != null
            && !url.contains(" ")
            && !path.contains("{")
            && app.servesOnIoThread(path);
    Map<String, Object> own = handlerConfig == null ? Map.of() : handlerConfig;
    String tools = tools(app, path, nodeConfig, own);
    rows.add(
        new Row(
            List.of(
                full,
                target,
                tools.isEmpty() ? "" : "tools: " + tools,
                io ? "path: io thread" : "")));
  }

  /**
   * The tools whose {@code tools.X.on} is true for {@code path}: global config, then the app's
   * sections from {@code /} down, then the classes' and the handler's own config. The tools on for
   * every route ({@link #EVERYWHERE}) are listed only where the route sets their arguments.
   */
  private String tools(
      Application app, String path, Map<String, Object> nodeConfig, Map<String, Object> handler) {
    Map<String, Object> merged = new LinkedHashMap<>(global);
    String p = "";
    putSection(merged, app, "/");
    for (String segment : path.split("/")) {
      if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("...")) {
        p += "/" + segment;
        putSection(merged, app, p);
      }
    }
    merged.putAll(nodeConfig);
    merged.putAll(handler);
    return String.join(", ", toolsOn(merged, EVERYWHERE));
  }

  /** The tools {@code config} turns on, but those of {@code unless} that it gives no arguments. */
  private static Set<String> toolsOn(Map<String, Object> config, Set<String> unless) {
    TreeSet<String> on = new TreeSet<>();
    config.forEach(
        (k, v) -> {
          if (k.startsWith("tools.") && k.endsWith(".on") && truthy(v)) {
            String tool = k.substring("tools.".length(), k.length() - ".on".length());
            if (!unless.contains(tool) || hasArguments(config, tool)) {
              on.add(tool);
            }
          }
        });
    return on;
  }

  private static boolean hasArguments(Map<String, Object> config, String tool) {
    String prefix = "tools." + tool + ".";
    for (String k : config.keySet()) {
      if (k.startsWith(prefix) && !k.equals(prefix + "on")) {
        return true;
      }
    }
    return false;
  }

  private static void putSection(Map<String, Object> merged, Application app, String path) {
    Map<String, Object> section = app.section(path);
    if (section != null) {
      merged.putAll(section);
    }
  }

  private static boolean truthy(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue() != 0;
    }
    return v instanceof String && !((String) v).isEmpty() && !"False".equals(v);
  }

  private static boolean isHttpMethod(String path) {
    return path.length() > 1 && path.substring(1).matches("[A-Z]+");
  }

  /** The path part of a row's URL ({@code GET /x} gives {@code /x}). */
  private static String pathOf(String url) {
    int space = url.indexOf(' ');
    return space < 0 ? url : url.substring(space + 1);
  }

  private static String join(String path, String below) {
    return below.equals("/") ? path + "/" : path + below;
  }

  private static String slash(String path) {
    return path.isEmpty() ? "/" : path;
  }
}
