package org.jcherry.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.HTTPError;
import org.jcherry.config.GlobalConfig;
import org.jcherry.dispatch.DispatchTables;
import org.jcherry.dispatch.PathSegments;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.Toolbox;
import org.jcherry.tools.builtin.BuiltInTools;

/**
 * The mounted applications, CherryPy's {@code cherrypy.tree}: a request goes to the application
 * with the longest script name that prefixes its path on a segment boundary.
 */
public final class Tree {
  private final GlobalConfig global;
  private final Toolbox tools = BuiltInTools.toolbox();
  private volatile Map<String, Application> apps = Map.of();
  private volatile Map<String, Graft> grafts = Map.of();

  public Tree(GlobalConfig global) {
    this.global = global;
  }

  /**
   * Mounts {@code root} at {@code scriptName} with app config {@code config}; returns the
   * application. The config of every handler is resolved now.
   *
   * @throws IllegalStateException when a handler's config misuses a tool, naming the URL
   */
  public synchronized Application mount(Object root, String scriptName, Map<String, ?> config) {
    Application app = prepare(root, scriptName, config);
    replace(List.of(app));
    return app;
  }

  /**
   * The application {@link #mount} would mount, built and checked but not serving: {@link #replace}
   * puts it in the tree.
   *
   * @throws IllegalStateException when a handler's config misuses a tool, naming the URL
   */
  public Application prepare(Object root, String scriptName, Map<String, ?> config) {
    if (root != null && !DispatchTables.hasTable(root)) {
      throw new IllegalArgumentException(
          "No dispatch table for "
              + root.getClass().getName()
              + ": compile it with the JCherry processor"
              + " (org.jcherry.processor.JCherryProcessor) and give it an @Expose method or a child node.");
    }
    Application app = new Application(root, scriptName, config, global, tools);
    Graft grafted = grafts.get(app.scriptName());
    if (grafted != null) {
      throw new IllegalStateException(
          "Cannot mount "
              + root.getClass().getName()
              + " at '"
              + app.scriptName()
              + "': "
              + grafted.describe()
              + " is grafted there");
    }
    app.checkConfig();
    return app;
  }

  /**
   * Serves each of {@code prepared} (from {@link #prepare}) from now on, all at once, in place of
   * the application mounted at its script name if there is one (autoreload's swap): a request sees
   * either all the old ones or all the new ones.
   */
  public synchronized void replace(List<Application> prepared) {
    Map<String, Application> next = new LinkedHashMap<>(apps);
    for (Application app : prepared) {
      if (grafts.containsKey(app.scriptName())) {
        throw new IllegalStateException(
            "Cannot mount at '" + app.scriptName() + "': a graft is mounted there");
      }
      next.put(app.scriptName(), app);
    }
    apps = Collections.unmodifiableMap(next);
  }

  /**
   * CherryPy's {@code tree.graft}: serves {@code graft} at {@code scriptName} by the same
   * longest-prefix rule as {@link #mount} (a trailing {@code /} is dropped, {@code "/"} means the
   * site root). The graft gets the request with the script name and path info split as an app
   * would. Build one with {@code org.jcherry.server.UndertowGraft.of(handler)}.
   *
   * @throws IllegalStateException when an application or another graft has the script name, naming
   *     both
   */
  public synchronized void graft(Graft graft, String scriptName) {
    if (graft == null || scriptName == null) {
      throw new IllegalArgumentException("graft needs a graft and a script name, not null");
    }
    String sn =
        scriptName.endsWith("/") ? scriptName.substring(0, scriptName.length() - 1) : scriptName;
    Application app = apps.get(sn);
    Graft other = grafts.get(sn);
    if (app != null || other != null) {
      throw new IllegalStateException(
          "Cannot graft "
              + graft.describe()
              + " at '"
              + sn
              + "': "
              + (app != null
                  ? "the application " + app.root().getClass().getName() + " is mounted"
                  : other.describe() + " is grafted")
              + " there");
    }
    graft.graftedAt(sn);
    Map<String, Graft> next = new LinkedHashMap<>(grafts);
    next.put(sn, graft);
    grafts = Collections.unmodifiableMap(next);
  }

  /**
   * The graft that serves {@code path} (decoded, as the tree routes it) and its script name, or
   * {@code null} when a mounted application (or nothing) does: the longest script name wins
   * whichever kind it is.
   */
  public Map.Entry<String, Graft> graftFor(String path) {
    Map<String, Graft> g = grafts;
    if (g.isEmpty()) {
      return null;
    }
    Map<String, Application> mounted = apps;
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    while (true) {
      Graft graft = g.get(p);
      if (graft != null) {
        return Map.entry(p, graft);
      }
      if (mounted.containsKey(p) || p.isEmpty()) {
        return null;
      }
      int slash = p.lastIndexOf('/');
      p = slash < 0 ? "" : p.substring(0, slash);
    }
  }

  /** The global config this tree's applications read. */
  public GlobalConfig config() {
    return global;
  }

  /**
   * The {@code tools} toolbox of this tree's applications, CherryPy's {@code cherrypy.tools}:
   * register custom tools here before mounting the apps that use them.
   */
  public Toolbox tools() {
    return tools;
  }

  /** Mounted applications by script name. */
  public Map<String, Application> apps() {
    return apps;
  }

  /** The grafts by script name, in the order grafted. */
  public Map<String, Graft> grafts() {
    return grafts;
  }

  /** The script name of the application serving {@code path}, or {@code null}. */
  public String scriptName(String path) {
    Application app = find(path);
    return app == null ? null : app.scriptName();
  }

  private Application find(String path) {
    Map<String, Application> mounted = apps;
    if (mounted.size() == 1) {
      // The common case of one application at the site root answers every path.
      Application only = mounted.get("");
      if (only != null) {
        return only;
      }
    }
    String p = path;
    while (true) {
      Application app = mounted.get(p);
      if (app != null) {
        return app;
      }
      if (p.isEmpty()) {
        return null;
      }
      int slash = p.lastIndexOf('/');
      p = slash < 0 ? "" : p.substring(0, slash);
    }
  }

  /**
   * Whether any mounted application may serve a request on the IO thread ({@link
   * #serveOnIoThread}); when not, the server never tries.
   */
  public boolean servesOnIoThread() {
    for (Application app : apps.values()) {
      if (app.startsOnIoThread()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Serves {@code request}, which has no body or its whole body in memory, on the server's IO
   * thread, as far as nothing on its way may block: a {@code @NonBlocking} handler whose plan
   * allows it answers here; anything else is handed to a worker before any of it runs (or, after an
   * internal redirect, from the redirect's target on).
   *
   * @throws HandOff when the rest must be served on a worker: call {@link HandOff#resume()} there
   */
  public Response serveOnIoThread(Request request) {
    Pipeline.ACCESS.ioThread(request, true);
    try {
      return serve(request, true);
    } finally {
      Pipeline.ACCESS.ioThread(request, false);
    }
  }

  /** Serves {@code request} with the application its path belongs to. */
  public Response serve(Request request) {
    return serve(request, false);
  }

  private Response serve(Request request, boolean ioThread) {
    String path;
    try {
      path = PathSegments.decodePath(request.rawPath());
    } catch (HTTPError e) {
      return Response.plainText(400, e.errorMessage());
    }
    Application app = find(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    if (app == null) {
      Response r = new Response();
      r.setStatus(404);
      r.setBody(new byte[0]);
      return r;
    }
    if (ioThread && !app.startsOnIoThread()) {
      throw new HandOff(() -> serve(request));
    }
    Pipeline.ACCESS.mount(request, app.scriptName(), path.substring(app.scriptName().length()));
    return app.serve(request);
  }
}
