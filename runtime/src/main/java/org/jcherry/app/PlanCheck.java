package org.jcherry.app;

import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.DispatchTables;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.dispatch.Resolution;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.Request;
import org.jcherry.internal.PageHandler;
import org.jcherry.tools.Toolbox;

/**
 * Builds, when an application is mounted, the {@link HandlerPlan} of every handler its tree exposes
 * and of every path section of its config, so that bad tool config (an unknown tool, a misspelt or
 * ill-typed argument) fails the mount with the URL named rather than a later request. The plans are
 * the ones requests then reuse: a scope's plan is made once.
 *
 * <p>The tree is walked through the generated tables ({@code handlerNames()}, {@code
 * childNames()}); nodes reached only through popargs or {@code _cp_dispatch} are resolved by their
 * first request. A handler with no config of its own, in an app with no path sections, has its
 * node's config and so the plan of the node's first such handler: it is not dispatched again (a
 * 10,000-handler app would otherwise leave a dispatch's garbage per handler at mount).
 */
final class PlanCheck {
  /** Deeper than any real tree; stops getters that make a new node on every call. */
  private static final int MAX_DEPTH = 32;

  private final Application app;
  private final List<Toolbox> toolboxes;
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();
  private boolean ioHandlers;

  /**
   * The GET every probe of this check dispatches, made once: a probe per handler would otherwise
   * leave most of a request's garbage per handler at mount (a large share of a 10,000-handler app's
   * memory after start). Dispatchers only read a request's method and headers and add params
   * (popargs), so it is replaced once params were added.
   */
  private Request probeRequest;

  /**
   * Whether a handler without config of its own has its node's plan: with no path sections, and so
   * one dispatcher for every path, the walk of the generated tables, nothing else tells their
   * scopes apart.
   */
  private final boolean nodePlansShared;

  private PlanCheck(Application app, List<Toolbox> toolboxes) {
    this.app = app;
    this.toolboxes = toolboxes;
    this.nodePlansShared =
        !app.hasPathSections() && app.dispatcher("/") == ObjectTreeDispatcher.INSTANCE;
  }

  /**
   * Returns whether any handler may be served on the IO thread ({@link
   * HandlerPlan#servesOnIoThread}).
   *
   * @throws IllegalStateException naming the URL whose config is wrong, and why
   */
  static boolean run(Application app, List<Toolbox> toolboxes) {
    PlanCheck check = new PlanCheck(app, toolboxes);
    check.resolve("/");
    if (app.root() != null) {
      check.walk(app.root(), "", 0);
    }
    for (String path : app.config().keySet()) {
      check.resolve(path);
    }
    return check.ioHandlers;
  }

  /**
   * What {@code app}'s dispatcher finds for a GET of {@code path} with no headers, or {@code null}
   * when it answers with an error.
   */
  static Resolution probe(Application app, String path) {
    return probe(app, path, newProbe());
  }

  private static Resolution probe(Application app, String path, Request probe) {
    try {
      return app.dispatcher(path).dispatch(probe, path, app);
    } catch (RuntimeException e) {
      return null; // A dispatcher that answers this path with an error has no plan to check.
    }
  }

  /** A GET with no headers; its path is not read: dispatchers are given the path to walk. */
  private static Request newProbe() {
    return new Request(
        "GET",
        "/",
        "",
        "HTTP/1.1",
        "http",
        new HeaderMap(),
        null,
        null,
        InputStream.nullInputStream());
  }

  private void walk(Object node, String path, int depth) {
    if (depth > MAX_DEPTH || seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    DispatchTable<Object> table = DispatchTables.forNode(node);
    if (table == null) {
      return;
    }
    HandlerPlan nodePlan = null; // the plan of the node's config alone, once a probe found it
    for (String name : table.handlerNames()) {
      PageHandler<Object> page = table.handler(name);
      boolean plain = nodePlansShared && page != null && page.config().isEmpty();
      if (plain && nodePlan != null) {
        ioHandlers |= nodePlan.servesOnIoThread(page);
        continue;
      }
      Resolution found = resolve(name.equals("index") ? path + "/" : path + "/" + name);
      if (plain && found != null && found.handler() != null && found.handler().handler() == page) {
        nodePlan = HandlerPlan.of(found.scope(), app, toolboxes);
      }
    }
    for (String name : table.childNames()) {
      Object child = table.child(node, name);
      if (child != null) {
        walk(child, path + "/" + name, depth + 1);
      }
    }
  }

  /**
   * Checks the plan of what a GET of {@code path} finds, and returns what it found: {@code null}
   * when the dispatcher answers the path with an error.
   */
  private Resolution resolve(String path) {
    if (probeRequest == null || !probeRequest.params().isEmpty()) {
      probeRequest = newProbe();
    }
    Resolution found = probe(app, path, probeRequest);
    if (found == null) {
      return null;
    }
    try {
      HandlerPlan plan = HandlerPlan.of(found.scope(), app, toolboxes);
      ioHandlers |= plan.servesOnIoThread(found.handler());
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Bad config for "
              + app.scriptName()
              + path
              + " (app mounted at '"
              + app.scriptName()
              + "'): "
              + e.getMessage(),
          e);
    }
    return found;
  }
}
