package org.jcherry;

import java.util.List;
import java.util.Map;
import org.jcherry.app.Tree;
import org.jcherry.boot.Bootstrap;
import org.jcherry.config.GlobalConfig;
import org.jcherry.engine.Engine;
import org.jcherry.engine.ThreadData;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.http.Serving;
import org.jcherry.http.UrlBuilder;
import org.jcherry.http.Urls;
import org.jcherry.server.HttpServer;
import org.jcherry.session.Session;

/**
 * What users import, CherryPy's {@code cherrypy} module: the request and response being served,
 * {@code url()}, {@code quickstart()}, and the process-wide config, tree, engine and server.
 */
public final class Cherry {
  private static final GlobalConfig CONFIG = new GlobalConfig();
  private static final Tree TREE = new Tree(CONFIG);
  private static final Engine ENGINE = new Engine();
  private static final Bootstrap BOOT = Bootstrap.process(CONFIG, TREE, ENGINE);

  /** {@code cherrypy.thread_data}: one bag per thread, kept for the thread's life. */
  private Cherry() {}

  /** The request this thread is serving. */
  public static Request request() {
    return Serving.now().request();
  }

  /** The response this thread is building. */
  public static Response response() {
    return Serving.now().response();
  }

  /**
   * CherryPy's {@code cherrypy.thread_data}: a bag of values of the calling thread. Unlike {@link
   * Request#attribute} (one request's values, gone when it ends) it persists on the thread across
   * the requests that thread serves ({@code server.thread_pool} threads serve many), so it suits
   * per-thread resources such as a database connection or a formatter, not per-request or per-user
   * state. On virtual threads (the default on a JDK 21+) each request has a thread of its own, and
   * borrows the bag of one of the {@code server.thread_pool} request slots for its duration: it
   * persists across the requests of that slot just the same. Only the calling thread sees it; no
   * locking is needed. Works outside requests too.
   */
  public static Map<String, Object> threadData() {
    return ThreadData.current();
  }

  /**
   * The session of this request ({@code cherrypy.session}); needs {@code tools.sessions.on} for its
   * path.
   */
  public static Session session() {
    return Session.of(request());
  }

  /** The process-wide config ({@code cherrypy.config}). */
  public static GlobalConfig config() {
    return CONFIG;
  }

  /** The mounted applications ({@code cherrypy.tree}). */
  public static Tree tree() {
    return TREE;
  }

  /** The process bus ({@code cherrypy.engine}). */
  public static Engine engine() {
    return ENGINE;
  }

  /** The main HTTP server started with the engine, or {@code null} while the engine is stopped. */
  public static HttpServer server() {
    return BOOT.server();
  }

  /**
   * Every HTTP server started with the engine: the main one, then each {@code server.<name>.*} one.
   */
  public static List<HttpServer> servers() {
    return BOOT.servers();
  }

  /**
   * Serves {@code root} at {@code scriptName} with {@code config} until the process is stopped: the
   * config's {@code global} section applies process-wide, its path sections to the app. SIGTERM and
   * SIGINT exit the engine (finishing the requests in flight), SIGHUP restarts it.
   */
  public static void quickstart(Object root, String scriptName, Map<String, ?> config) {
    HttpServer.preloadInBackground();
    ENGINE.exitOnSignals();
    start(root, scriptName, config);
    ENGINE.block();
  }

  /**
   * {@link #quickstart} without blocking: mounts, starts the engine and returns the running server.
   */
  public static HttpServer start(Object root, String scriptName, Map<String, ?> config) {
    Map<String, ?> c = config == null ? Map.of() : config;
    if (c.get("global") instanceof Map) {
      CONFIG.update(c);
    }
    TREE.mount(root, scriptName, c);
    return BOOT.start();
  }

  /** The current URL, as CherryPy's {@code cherrypy.url()}. */
  public static String url() {
    return url("", null, null, null, null);
  }

  /**
   * {@code path} as an absolute URL: relative to the current path, or (with a leading {@code /}) to
   * the app.
   */
  public static String url(String path) {
    return url(path, null, null, null, null);
  }

  /**
   * As {@link #url(String)} with a query string: text, or a map of values (lists repeat the key).
   */
  public static String url(String path, Object qs) {
    return url(path, qs, null, null, null);
  }

  /**
   * CherryPy's {@code url(path, qs, script_name, base, relative)}: {@code relative} is {@code null}
   * (the app's {@code relative_urls}), {@code false}, {@code true} ({@code ../x} form) or {@code
   * "server"} ({@code /app/x} form).
   */
  public static String url(
      String path, Object qs, String scriptName, String base, Object relative) {
    Serving s = Serving.current();
    if (s != null) {
      return UrlBuilder.url(s.request(), path, qs, scriptName, base, relative);
    }
    String p = path == null ? "" : path;
    HttpServer srv = server();
    String b = base != null ? base : srv != null ? srv.base() : "http://127.0.0.1:8080";
    String url =
        b + Urls.normalize((scriptName == null ? "" : scriptName) + p) + UrlBuilder.query(qs);
    return UrlBuilder.relative(
        url, relative == null ? Boolean.FALSE : relative, () -> url("", null, null, null, false));
  }

  /** The current request's path, for {@link NotFound}. */
  static String currentPath() {
    Request r = request();
    return r.scriptName() + r.pathInfo();
  }

  /** 303 for HTTP/1.1 clients, 302 for HTTP/1.0 (and outside a request). */
  static int defaultRedirectStatus() {
    Serving s = Serving.current();
    return s != null && s.request().isHttp11() ? 303 : 302;
  }

  /** Resolves an internal redirect's path against the current path info. */
  static String resolvePath(String path) {
    Serving s = Serving.current();
    return s == null ? path : Urls.join(s.request().pathInfo(), path);
  }
}
