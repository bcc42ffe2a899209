package org.jcherry.app;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.config.ConfigScope;
import org.jcherry.config.GlobalConfig;
import org.jcherry.dispatch.Dispatcher;
import org.jcherry.dispatch.Mount;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.InternalRedirect;
import org.jcherry.tools.Toolbox;

/**
 * A handler tree mounted at a script name with its config, CherryPy's {@code Application}. It serves
 * each request through a {@link RequestProcessor} and follows internal redirects.
 */
public final class Application implements Mount {
  /** The {@code Server} header of every response. */
  public static final String SERVER_NAME = "JCherry/0.1.0";

  private final Object root;
  private final String scriptName;
  private final Map<String, Map<String, Object>> sections;
  private final GlobalConfig global;
  private final List<Toolbox> toolboxes = new ArrayList<>(List.of(Toolbox.builtIn()));
  private final RequestProcessor processor = new RequestProcessor(this);
  /** Whether any section names a {@code request.dispatch}; most apps don't, and skip the lookup. */
  private final boolean configuresDispatch;
  private volatile Object relativeUrls = Boolean.FALSE;
  private volatile ConfigScope scope;
  private volatile int scopeVersion = -1;

  /**
   * @param sections app config: path sections ({@code "/"}, {@code "/sub"}) of {@code key: value}
   *     entries; a {@code global} section is ignored here (quickstart applies it globally)
   */
  public Application(Object root, String scriptName, Map<String, ? extends Map<String, ?>> sections, GlobalConfig global) {
    this.root = root;
    this.scriptName = normalizeScriptName(scriptName);
    this.global = global;
    Map<String, Map<String, Object>> s = new LinkedHashMap<>();
    if (sections != null) {
      for (Map.Entry<String, ? extends Map<String, ?>> e : sections.entrySet()) {
        String path = e.getKey();
        if (path.equals("global")) {
          continue;
        }
        if (!path.startsWith("/")) {
          throw new IllegalArgumentException(
              "App config section '" + path + "' must be a path such as '/' or '/sub' (or 'global').");
        }
        if (path.length() > 1 && path.endsWith("/")) {
          path = path.substring(0, path.length() - 1);
        }
        s.put(path, Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
      }
    }
    this.sections = Collections.unmodifiableMap(s);
    this.configuresDispatch = s.values().stream().anyMatch(sec -> sec.containsKey("request.dispatch"));
  }

  /** {@code "/app/"} becomes {@code "/app"}, {@code "/"} becomes {@code ""}. */
  public static String normalizeScriptName(String scriptName) {
    if (scriptName == null) {
      throw new IllegalArgumentException("script name must not be null; use \"\" for the site root");
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

  /** The value of {@code key} for {@code path}, looking up the path's sections towards {@code /}. */
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

  /** Adds a toolbox of custom tools under its own namespace. */
  public void addToolbox(Toolbox toolbox) {
    toolboxes.add(toolbox);
  }

  /**
   * Serves {@code request} (its script name and path info already set), following internal
   * redirects, and returns the finalised response.
   */
  public Response serve(Request request) {
    List<String> visited = new ArrayList<>();
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
        visited.add(current.queryString().isEmpty() ? old : old + "?" + current.queryString());
        String target = scriptName + ir.path() + (ir.queryString().isEmpty() ? "" : "?" + ir.queryString());
        if (visited.contains(target)) {
          Response failed = newResponse();
          ErrorResponses.bare500(
              failed,
              new IllegalStateException("InternalRedirect cycle detected: " + target + " in " + visited),
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
    r.headers().put("Content-Type", "text/html");
    r.headers().put("Server", SERVER_NAME);
    return r;
  }

  /** {@code scheme://Host} as the client addressed us; without a Host header, the local name. */
  String base(Request request) {
    String host = request.headers().get("Host");
    if (host == null) {
      host = request.local() == null ? "localhost" : request.local().name();
    }
    return request.scheme() + "://" + host.replace("\r", "").replace("\n", "");
  }

  /** The dispatcher for {@code pathInfo}: {@code request.dispatch} from the app config, else the tree walk. */
  Dispatcher dispatcher(String pathInfo) {
    if (!configuresDispatch) {
      return ObjectTreeDispatcher.INSTANCE;
    }
    Object d = findConfig(pathInfo, "request.dispatch", null);
    if (d == null) {
      return ObjectTreeDispatcher.INSTANCE;
    }
    if (d instanceof Dispatcher) {
      return (Dispatcher) d;
    }
    throw new IllegalStateException("request.dispatch must be a Dispatcher, not " + d);
  }

  /** The plan in force before a handler is known (global config only). */
  HandlerPlan basePlan() {
    return HandlerPlan.of(globalScope(), toolboxes);
  }
}
