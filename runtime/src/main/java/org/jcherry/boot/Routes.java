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

  private record Row(String url, String target, String tools, boolean ioThread) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> global;

  private Routes(Map<String, Object> global) {
    this.global = global;
  }

  static Routes of(Tree tree, Map<String, Object> global) {
    Routes r = new Routes(global);
    for (Application app : new TreeMap<>(tree.apps()).values()) {
      if (app.root() != null) {
        r.walk(app, app.root(), DispatchTables.forNode(app.root()), "", new LinkedHashMap<>());
      }
    }
    return r;
  }

  /** One line per row: the URL, the handler, and the tools on for it, in aligned columns. */
  String text() {
    int urlWidth = 0;
    int targetWidth = 0;
    for (Row r : rows) {
      urlWidth = Math.max(urlWidth, r.url().length());
      targetWidth = Math.max(targetWidth, r.target().length());
    }
    StringBuilder out = new StringBuilder();
    for (Row r : rows) {
      String line = pad(r.url(), urlWidth) + "  " + pad(r.target(), targetWidth);
      if (!r.tools().isEmpty()) {
        line += "  tools: " + r.tools();
      }
      if (r.ioThread()) {
        line += "  path: io thread";
      }
      out.append(line.stripTrailing()).append('\n');
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
    rows.add(new Row(full, target, tools(app, path, nodeConfig, own), io));
  }

  /**
   * The tools whose {@code tools.X.on} is true for {@code path}: global config, then the app's
   * sections from {@code /} down, then the classes' and the handler's own config.
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
    TreeSet<String> on = new TreeSet<>();
    merged.forEach(
        (k, v) -> {
          if (k.startsWith("tools.") && k.endsWith(".on") && truthy(v)) {
            on.add(k.substring("tools.".length(), k.length() - ".on".length()));
          }
        });
    return String.join(", ", on);
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

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
