package org.jcherry.app;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcherry.config.ConfigScope;
import org.jcherry.config.GlobalConfig;
import org.jcherry.config.Namespaces;
import org.jcherry.dispatch.Dispatcher;
import org.jcherry.dispatch.Mount;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.dispatch.Resolution;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.Toolbox;
import org.jcherry.tools.builtin.BuiltInTools;

/**
 * A handler tree mounted at a script name with its config, CherryPy's {@code Application}: what
 * users call on an app, each job done by a collaborator of its own (the config store {@link
 * AppConfig}, the {@link Extensions} it was given, the {@link InternalRedirects} loop around its
 * {@link RequestProcessor}, the {@link BaseUrl} cache, the {@link DispatcherChoice}).
 */
public final class Application implements Mount {
  /** The {@code Server} header of every response. */
  public static final String SERVER_NAME = "JCherry/0.1.0";

  private final Object root;
  private final String scriptName;
  private final AppConfig config;
  private final Extensions extensions;
  private final DispatcherChoice dispatchers;
  private final BaseUrl baseUrl = new BaseUrl();
  private final InternalRedirects redirects;
  private volatile Object relativeUrls = Boolean.FALSE;

  /** Whether the last config check found a handler that may be served on the IO thread. */
  private volatile boolean ioHandlers;

  /** The keys this app's plans are cached under. */
  final HandlerPlan.Keys planKeys = new HandlerPlan.Keys(this);

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
    this.scriptName = normalizeScriptName(scriptName);
    this.config = new AppConfig(global);
    this.extensions = new Extensions(tools);
    this.dispatchers = new DispatcherChoice(this.config);
    this.redirects = new InternalRedirects(this, new RequestProcessor(this));
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
   *     an unknown {@code request.*} / {@code response.*} key, or a value of the wrong type
   */
  public void merge(Map<String, ?> config) {
    this.config.merge(config);
  }

  /**
   * Custom namespaces applied to the {@code /} section on every {@link #merge} ({@code
   * app.namespaces}).
   */
  public Namespaces namespaces() {
    return config.namespaces();
  }

  /**
   * Registers a custom request namespace ({@code request_class.namespaces}); register before the
   * app serves, since plans are kept per config scope once made.
   */
  public void registerRequestNamespace(String name, RequestNamespace handler) {
    extensions.register(name, handler);
  }

  /** The custom request namespaces, in registration order. */
  Map<String, RequestNamespace> requestNamespaces() {
    return extensions.requestNamespaces();
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
    return config.sections();
  }

  @Override
  public Map<String, Object> section(String path) {
    return config.section(path);
  }

  @Override
  public boolean hasPathSections() {
    return config.hasPathSections();
  }

  @Override
  public ConfigScope globalScope() {
    return config.globalScope();
  }

  /**
   * Forgets every plan built so far (its engine exited and closed the tools they use): the next
   * request builds them again, and its tools attach again.
   */
  public void dropPlans() {
    config.dropScopes();
  }

  /**
   * The value of {@code key} for {@code path}, looking up the path's sections towards {@code /}.
   */
  public Object findConfig(String path, String key, Object fallback) {
    return config.find(path, key, fallback);
  }

  /** {@code false}, {@code true} or {@code "server"}: the form of URLs {@code url()} makes. */
  public Object relativeUrls() {
    return relativeUrls;
  }

  public void setRelativeUrls(Object relativeUrls) {
    this.relativeUrls = relativeUrls;
  }

  /**
   * The config namespaces this app adds to the built-in ones: its toolboxes' ({@code tools} first),
   * its {@link #namespaces()} and its request namespaces, for the checker.
   */
  public Set<String> namespaceNames() {
    Set<String> out = new LinkedHashSet<>();
    toolboxes().forEach(t -> out.add(t.namespace()));
    out.addAll(namespaces().names());
    out.addAll(requestNamespaces().keySet());
    return out;
  }

  /** The toolboxes whose namespaces this app's config may use; {@code tools} first. */
  public List<Toolbox> toolboxes() {
    return extensions.toolboxes();
  }

  /**
   * Adds a toolbox of custom tools under its own namespace, and checks the config of every handler
   * again with it.
   *
   * @throws IllegalStateException when a handler's config misuses a tool
   */
  public synchronized void addToolbox(Toolbox toolbox) {
    List<Toolbox> next = extensions.with(toolbox);
    boolean io = PlanCheck.run(this, next);
    extensions.use(next);
    ioHandlers = io;
  }

  /**
   * Builds the plan of every handler and config section now, so that a tool misconfigured in any of
   * them fails here, naming the URL.
   *
   * @throws IllegalStateException when a handler's config misuses a tool
   */
  public void checkConfig() {
    ioHandlers = PlanCheck.run(this, toolboxes());
  }

  /**
   * Whether a request may start on the IO thread here: some handler is {@code @NonBlocking} with a
   * plan that allows it, and what answers before dispatch (the global config's plan) never blocks.
   * Each request still meets every check on its way ({@link RequestProcessor}).
   */
  boolean startsOnIoThread() {
    return ioHandlers && basePlan().neverBlocks;
  }

  /**
   * Whether a GET of {@code path} (inside this app) is served on the IO thread: its handler is
   * {@code @NonBlocking}, the walk to it is the generated tables' alone and nothing in its plan may
   * block. For {@code --routes}; a path the walk reaches through popargs is served on a worker.
   */
  public boolean servesOnIoThread(String path) {
    if (!startsOnIoThread() || dispatcher(path) != ObjectTreeDispatcher.INSTANCE) {
      return false;
    }
    Resolution found = PlanCheck.probe(this, path);
    return found != null && HandlerPlan.of(found.scope(), this).servesOnIoThread(found.handler());
  }

  /**
   * Serves {@code request} (its script name and path info already set), following internal
   * redirects, and returns the finalised response.
   */
  public Response serve(Request request) {
    return redirects.serve(request);
  }

  static Response newResponse() {
    Response r = new Response();
    r.headers().add("Content-Type", "text/html");
    r.headers().add("Server", SERVER_NAME);
    return r;
  }

  /** {@code scheme://Host} as the client addressed us; without a Host header, the local name. */
  String base(Request request) {
    return baseUrl.of(request);
  }

  /** The dispatcher for {@code pathInfo}. */
  Dispatcher dispatcher(String pathInfo) {
    return dispatchers.forPath(pathInfo);
  }

  /** The plan in force before a handler is known (global config only). */
  HandlerPlan basePlan() {
    return HandlerPlan.of(globalScope(), this);
  }
}
