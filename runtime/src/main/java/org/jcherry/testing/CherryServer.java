package org.jcherry.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.app.Application;
import org.jcherry.app.Graft;
import org.jcherry.app.Tree;
import org.jcherry.boot.Bootstrap;
import org.jcherry.config.GlobalConfig;
import org.jcherry.engine.Engine;
import org.jcherry.server.HttpServer;
import org.jcherry.tools.Toolbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that serves a handler tree on an ephemeral port of 127.0.0.1 for a test
 * class, as CherryPy's {@code CPWebCase} does, and hands tests a {@link TestClient}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CherryServer server = CherryServer.of(new Root())
 *     .global("environment", "production");
 *
 * @Test void greets(TestClient client) {
 *   assertEquals("Hello, world!", client.get("/").body());
 * }
 * }</pre>
 *
 * Each extension has its own config, tree and engine, so test classes do not see each other's
 * settings, logs or session stores; the log goes nowhere but SLF4J unless a test sets {@code
 * log.screen} or a log file.
 */
public final class CherryServer implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private final GlobalConfig config = new GlobalConfig();
  private final Tree tree = new Tree(config);
  private final Map<String, Object> global = new LinkedHashMap<>();
  private Bootstrap boot;
  private HttpServer server;
  private TestClient client;

  private CherryServer() {}

  /** Serves {@code root} at the site root. */
  public static CherryServer of(Object root) {
    return new CherryServer().mount(root, "", Map.of());
  }

  /** An extension with nothing mounted yet; add apps with {@link #mount}. */
  public static CherryServer empty() {
    return new CherryServer();
  }

  /** Mounts another tree, as {@code cherrypy.tree.mount}. */
  public CherryServer mount(Object root, String scriptName, Map<String, ?> appConfig) {
    tree.mount(root, scriptName, appConfig);
    return this;
  }

  /** Grafts a foreign application beside the trees, as {@code cherrypy.tree.graft}. */
  public CherryServer graft(Graft graft, String scriptName) {
    tree.graft(graft, scriptName);
    return this;
  }

  /**
   * The {@code tools} toolbox of this server's tree: register custom tools here before mounting the
   * apps whose config uses them.
   */
  public Toolbox tools() {
    return tree.tools();
  }

  /**
   * Sets a global config entry before the server starts ({@code environment}, {@code server.*}).
   */
  public CherryServer global(String key, Object value) {
    global.put(key, value);
    return this;
  }

  /** The mounted application at {@code scriptName}. */
  public Application app(String scriptName) {
    return tree.apps().get(Application.normalizeScriptName(scriptName));
  }

  public GlobalConfig config() {
    return config;
  }

  /**
   * Starts serving, as every way of starting an app does ({@link Bootstrap}): the main server on an
   * ephemeral port of 127.0.0.1 unless the test sets {@code server.*}, and every {@code
   * server.<name>.*} one. Called by JUnit before the test class, or by hand.
   */
  public synchronized CherryServer start() {
    if (server == null) {
      Map<String, Object> g = new LinkedHashMap<>(global);
      g.putIfAbsent("server.socket_host", "127.0.0.1");
      g.putIfAbsent("server.socket_port", 0);
      g.putIfAbsent("log.screen", false);
      config.update(g);
      Bootstrap b = Bootstrap.isolated(config, tree, new Engine());
      server = b.start();
      boot = b;
      client = new TestClient("127.0.0.1", server.boundPort());
    }
    return this;
  }

  /**
   * Exits the engine: the servers finish the requests in flight, then close, and everything the
   * engine started (logs, session stores and their clean-up) is released.
   */
  public synchronized void stop() {
    if (boot != null) {
      boot.engine().exit();
      boot = null;
      server = null;
    }
  }

  /** The engine the server runs on (started with the server). */
  public Engine engine() {
    return start().boot.engine();
  }

  /** Every server started: the main one, then each {@code server.<name>.*} one. */
  public List<HttpServer> servers() {
    return start().boot.servers();
  }

  /** The running server. */
  public HttpServer server() {
    return start().server;
  }

  /** A client for this server. */
  public TestClient client() {
    return start().client;
  }

  public int port() {
    return start().server.boundPort();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == TestClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return client();
  }
}
