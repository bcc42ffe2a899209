package org.jcherry.app;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.InternalRedirect;
import org.jcherry.config.ConfigScope;
import org.jcherry.config.GlobalConfig;
import org.jcherry.config.Namespaces;
import org.jcherry.config.RequestKeys;
import org.jcherry.config.Setting;
import org.jcherry.dispatch.Dispatcher;
import org.jcherry.dispatch.Mount;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.http.ErrorPages;
import org.jcherry.http.ErrorResponses;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.Toolbox;
import org.jcherry.tools.builtin.BuiltInTools;

/**
 * A handler tree mounted at a script name with its config, CherryPy's {@code Application}. It
 * serves each request through a {@link RequestProcessor} and follows internal redirects.
 */
public final class Application implements Mount {
  /** The {@code Server} header of every response. */
  public static final String SERVER_NAME = "JCherry/0.1.0";

  private final Object root;
  private final String scriptName;
  private volatile Map<String, Map<String, Object>> sections = Map.of();
  private final GlobalConfig global;

  /** Replaced, never changed, when a toolbox is added: a plan is kept per list. */
  private volatile List<Toolbox> toolboxes;

  private final RequestProcessor processor = new RequestProcessor(this);

  /** The keys this app's plans are cached under. */
  final HandlerPlan.Keys planKeys = new HandlerPlan.Keys();

  /** Whether any section names a {@code request.dispatch}; most apps don't, and skip the lookup. */
  private volatile boolean configuresDispatch;

  private final Namespaces namespaces = new Namespaces();
  private volatile Map<String, RequestNamespace> requestNamespaces = Map.of();
  private volatile Object relativeUrls = Boolean.FALSE;
  private volatile ConfigScope scope;
  private volatile LastBase lastBase;
  private volatile int scopeVersion = -1;

  private static final Setting<Dispatcher> DISPATCH =
      Setting.instanceOf(
          "request.dispatch", Dispatcher.class, "a Dispatcher", ObjectTreeDispatcher.INSTANCE);

  /** An application with a {@code tools} toolbox of its own, for use outside a {@link Tree}. */
  public Application(Object root, String scriptName, Map<String, ?> config, GlobalConfig global) {
    this(root, scriptName, config, global, BuiltInTools.toolbox());
  }

  /**
   * @param config app config, merged as by {@link #merge}; may be {@code null}
   * @param tools the {@code tools} toolbox, shared by the tree's applications as CherryPy's {@code
   *     cherrypy.tools} is
   */
  public Application(
      Object root, String scriptName, Map<String, ?> config, GlobalConfig global, Toolbox tools) {
    this.root = root;
    this.toolboxes = List.of(tools);
    this.scriptName = normalizeScriptName(scriptName);
    this.global = global;
    if (config != null) {
      merge(config);
    }
  }

  /**
   * Merges {@code config} into the app config, CherryPy's {@code app.merge}: path sections ({@code
   * "/"}, {@code "/sub"}) of {@code key: value} entries, each laid over the section of the same
   * path; a {@code global} section is ignored here (quickstart applies it globally). Then the app's
   * {@link #namespaces()} get the entries of the {@code /} section.
   *
   * @throws IllegalArgumentException for a config without sections, a section that is not a path,
   *     or an unknown {@code request.*} / {@code response.*} key
   */
  public synchronized void merge(Map<String, ?> config) {
    Map<String, Map<String, Object>> next = new LinkedHashMap<>(sections);
    for (Map.Entry<String, ?> e : config.entrySet()) {
      String path = e.getKey();
      if (!(e.getValue() instanceof Map)) {
        throw new IllegalArgumentException(
            "Application config must have sections, but '"
                + path
                + "' is not one: wrap the entries in"
                + " a section named by path, for example Map.of(\"/\", entries).");
      }
      if (path.equals("global")) {
        continue;
      }
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException(
            "App config section '"
                + path
                + "' must be a path such as '/' or '/sub' (or 'global').");
      }
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      Map<String, Object> entries = new LinkedHashMap<>(next.getOrDefault(path, Map.of()));
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) e.getValue()).entrySet()) {
        entries.put(String.valueOf(entry.getKey()), entry.getValue());
      }
      if (entries.containsKey("tools.staticdir.dir")) {
        // As CherryPy's dispatcher: staticdir serves paths below the section that declares it.
        entries.putIfAbsent("tools.staticdir.section", path);
      }
      String where = "app config section [" + path + "]";
      RequestKeys.check(entries, where);
      ErrorPages.of(entries, where);
      next.put(path, Collections.unmodifiableMap(entries));
    }
    sections = Collections.unmodifiableMap(next);
    configuresDispatch =
        next.values().stream().anyMatch(sec -> sec.containsKey("request.dispatch"));
    namespaces.apply(next.get("/"));
  }

  /**
   * Custom namespaces applied to the {@code /} section on every {@link #merge} ({@code
   * app.namespaces}).
   */
  public Namespaces namespaces() {
    return namespaces;
  }

  /**
   * Registers a custom request namespace ({@code request_class.namespaces}); register before the
   * app serves, since plans are kept per config scope once made.
   */
  public synchronized void registerRequestNamespace(String name, RequestNamespace handler) {
    Map<String, RequestNamespace> next = new LinkedHashMap<>(requestNamespaces);
    next.put(name, handler);
    requestNamespaces = Collections.unmodifiableMap(next);
  }

  /** The custom request namespaces, in registration order. */
  Map<String, RequestNamespace> requestNamespaces() {
    return requestNamespaces;
  }

  /** {@code "/app/"} becomes {@code "/app"}, {@code "/"} becomes {@code ""}. */
  public static String normalizeScriptName(String scriptName) {
    if (scriptName == null) {
      throw new IllegalArgumentException(
          "script name must not be null; use \"\" for the site root");
    }
    String s = scriptName;
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (!s.isEmpty() && !s.startsWith("/")) {
      throw new IllegalArgumentException("script name '" + scriptName + "' must start with '/'");
    }
    return s;
  }

  @Override
  public Object root() {
    return root;
  }

  public String scriptName() {
    return scriptName;
  }

  /** The app config, path by path. */
  public Map<String, Map<String, Object>> config() {
    return sections;
  }

  @Override
  public Map<String, Object> section(String path) {
    return sections.get(path);
  }

  @Override
  public boolean hasPathSections() {
    return sections.size() > (sections.containsKey("/") ? 1 : 0);
  }

  @Override
  public ConfigScope globalScope() {
    if (scopeVersion != global.version()) {
      synchronized (this) {
        if (scopeVersion != global.version()) {
          scope = ConfigScope.root(global.asMap());
          scopeVersion = global.version();
        }
      }
    }
    return scope;
  }

  /**
   * Forgets every plan built so far (its engine exited and closed the tools they use): the next
   * request builds them again, and its tools attach again.
   */
  public synchronized void dropPlans() {
    scopeVersion = -1;
  }

  /**
   * The value of {@code key} for {@code path}, looking up the path's sections towards {@code /}.
   */
  public Object findConfig(String path, String key, Object fallback) {
    String p = path.isEmpty() ? "/" : path;
    while (true) {
      Map<String, Object> sec = sections.get(p);
      if (sec != null && sec.containsKey(key)) {
        return sec.get(key);
      }
      if (p.equals("/")) {
        break;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "/" : p.substring(0, slash);
    }
    Object g = global.get(key);
    return g != null ? g : fallback;
  }

  /** {@code false}, {@code true} or {@code "server"}: the form of URLs {@code url()} makes. */
  public Object relativeUrls() {
    return relativeUrls;
  }

  public void setRelativeUrls(Object relativeUrls) {
    this.relativeUrls = relativeUrls;
  }

  /** The toolboxes whose namespaces this app's config may use; {@code tools} first. */
  public List<Toolbox> toolboxes() {
    return toolboxes;
  }

  /**
   * Adds a toolbox of custom tools under its own namespace, and checks the config of every handler
   * again with it.
   *
   * @throws IllegalStateException when a handler's config misuses a tool
   */
  public synchronized void addToolbox(Toolbox toolbox) {
    List<Toolbox> next = new ArrayList<>(toolboxes);
    next.add(toolbox);
    PlanCheck.run(this, List.copyOf(next));
    toolboxes = List.copyOf(next);
  }

  /**
   * Builds the plan of every handler and config section now, so that a tool misconfigured in any of
   * them fails here, naming the URL.
   *
   * @throws IllegalStateException when a handler's config misuses a tool
   */
  public void checkConfig() {
    PlanCheck.run(this, toolboxes);
  }

  /**
   * Serves {@code request} (its script name and path info already set), following internal
   * redirects, and returns the finalised response.
   */
  public Response serve(Request request) {
    List<String> visited = null;
    Request current = request;
    while (true) {
      Response response = newResponse();
      Serving.enter(this, current, response);
      current.setApp(this);
      try {
        processor.respond(current, response);
        return response;
      } catch (InternalRedirect ir) {
        String old = current.scriptName() + current.pathInfo();
        visited = visited == null ? new ArrayList<>() : visited;
        visited.add(current.queryString().isEmpty() ? old : old + "?" + current.queryString());
        String target =
            scriptName + ir.path() + (ir.queryString().isEmpty() ? "" : "?" + ir.queryString());
        if (visited.contains(target)) {
          Response failed = newResponse();
          ErrorResponses.bare500(
              failed,
              new IllegalStateException(
                  "InternalRedirect cycle detected: " + target + " in " + visited),
              current.showTracebacks());
          return failed;
        }
        current = redirected(current, ir);
      } finally {
        Serving.leave();
      }
    }
  }

  /** The new GET request an internal redirect makes, with no body. */
  private Request redirected(Request from, InternalRedirect ir) {
    Request next =
        new Request(
            "GET",
            scriptName + ir.path(),
            ir.queryString(),
            from.protocol(),
            from.scheme(),
            from.headers(),
            from.local(),
            from.remote(),
            new ByteArrayInputStream(new byte[0]));
    next.setScriptName(scriptName);
    next.setPathInfo(ir.path());
    next.setPrev(from);
    return next;
  }

  static Response newResponse() {
    Response r = new Response();
    r.headers().add("Content-Type", "text/html");
    r.headers().add("Server", SERVER_NAME);
    return r;
  }

  /** {@code scheme://Host} as the client addressed us; without a Host header, the local name. */
  String base(Request request) {
    String host = request.headers().get("Host");
    if (host == null) {
      host = request.local() == null ? "localhost" : request.local().name();
    }
    String scheme = request.scheme();
    LastBase last = lastBase;
    if (last != null && last.host.equals(host) && last.scheme.equals(scheme)) {
      return last.base;
    }
    String base = scheme + "://" + host.replace("\r", "").replace("\n", "");
    lastBase = new LastBase(scheme, host, base);
    return base;
  }

  /** The base made last: clients of one site send the same Host again and again. */
  private record LastBase(String scheme, String host, String base) {}

  /**
   * The dispatcher for {@code pathInfo}: {@code request.dispatch} from the app config, else the
   * tree walk.
   */
  Dispatcher dispatcher(String pathInfo) {
    if (!configuresDispatch) {
      return ObjectTreeDispatcher.INSTANCE;
    }
    return DISPATCH.read(
        findConfig(pathInfo, DISPATCH.key(), null), "the app config of " + pathInfo);
  }

  /** The plan in force before a handler is known (global config only). */
  HandlerPlan basePlan() {
    return HandlerPlan.of(globalScope(), this);
  }
}
