package org.jcherry.boot;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jcherry.app.Application;
import org.jcherry.app.Graft;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.engine.Engine;
import org.jcherry.engine.ThreadManager;
import org.jcherry.log.AccessLog;
import org.jcherry.log.ErrorLog;
import org.jcherry.server.HttpServer;
import org.jcherry.server.Servers;
import org.jcherry.tools.Toolbox;

/**
 * The one composition root: wires a config, a tree and an engine to the servers, the logs and the
 * tools, the same way for {@code Cherry.quickstart}, the generated {@code <Root>_Main} and the test
 * extension. When the engine starts it starts every server the config asks for (the main one, then
 * each {@code server.<name>.*} one); when it stops the servers finish their requests and close, and
 * the tools end their threads (session clean-up); when it exits the tools release what they opened,
 * the plans that use them are dropped, and the access and error logs close. Nothing one bootstrap
 * starts is seen by another in the same JVM.
 */
public final class Bootstrap {
  private final GlobalConfig config;
  private final Tree tree;
  private final Engine engine;
  private final boolean processWide;

  /** The main server first, then each {@code server.<name>.*} one; empty while stopped. */
  private volatile List<HttpServer> servers = List.of();

  private AccessLog accessLog;

  static {
    routeLibraryLogging();
  }

  /**
   * Sends Undertow's and XNIO's logging (jboss-logging) to SLF4J, as ours goes: left alone,
   * jboss-logging picks SLF4J only beside Logback and otherwise writes INFO lines and stack traces
   * of closed connections to stderr through java.util.logging. A provider the user chose stays.
   * Runs before any Undertow class loads: whoever starts an app comes through here first.
   */
  static void routeLibraryLogging() {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  private Bootstrap(GlobalConfig config, Tree tree, Engine engine, boolean processWide) {
    this.config = config;
    this.tree = tree;
    this.engine = engine;
    this.processWide = processWide;
    new ThreadManager(engine).subscribe();
    engine.subscribe("start_thread", args -> bindErrorLog(), 0);
    engine.subscribe("start", this::startTools, 70);
    engine.subscribe("start", this::startServers, 75);
    engine.subscribe("stop", this::stopServers, 25);
    engine.subscribe("stop", this::stopTools, 30);
    engine.subscribe("exit", this::release, 50);
  }

  /**
   * The process's bootstrap, {@code Cherry}'s: its error log is also the one of threads no engine
   * serves on.
   */
  public static Bootstrap process(GlobalConfig config, Tree tree, Engine engine) {
    return new Bootstrap(config, tree, engine, true);
  }

  /** A bootstrap of its own (a test server's): its logs are its own. */
  public static Bootstrap isolated(GlobalConfig config, Tree tree, Engine engine) {
    return new Bootstrap(config, tree, engine, false);
  }

  public GlobalConfig config() {
    return config;
  }

  public Tree tree() {
    return tree;
  }

  public Engine engine() {
    return engine;
  }

  /**
   * Applies the config's {@code log.*} settings to the engine's error log, then starts the engine
   * (and with it the servers); returns the main server.
   */
  public HttpServer start() {
    ErrorLog log = ErrorLog.from(config.asMap(), engine.errorLog());
    engine.errorLog(log);
    if (processWide) {
      ErrorLog.setProcess(log);
    }
    engine.start();
    return server();
  }

  /** The main HTTP server, or {@code null} while the engine is stopped. */
  public HttpServer server() {
    List<HttpServer> s = servers;
    return s.isEmpty() ? null : s.get(0);
  }

  /** Every HTTP server started with the engine: the main one, then each named one. */
  public List<HttpServer> servers() {
    return servers;
  }

  /** A request thread logs to its engine's error log. */
  private Object bindErrorLog() {
    ErrorLog log = engine.errorLog();
    if (log != null) {
      log.bindToCurrentThread();
    }
    return null;
  }

  /** Reads the servers' config when the engine starts, so config set before start counts. */
  private synchronized void startServers() {
    if (servers.isEmpty()) {
      if (accessLog == null) {
        accessLog = AccessLog.from(config.asMap());
      }
      List<HttpServer> next = Servers.of(tree, config.asMap(), accessLog, engine);
      servers = next;
      for (HttpServer srv : next) {
        srv.start();
      }
    }
  }

  private synchronized void stopServers() throws InterruptedException {
    List<HttpServer> running = servers;
    servers = List.of();
    for (HttpServer srv : running) {
      srv.stop();
    }
  }

  private void startTools() {
    toolboxes().forEach(Toolbox::start);
  }

  private void stopTools() {
    toolboxes().forEach(Toolbox::stop);
  }

  private synchronized void release() {
    toolboxes().forEach(Toolbox::close);
    tree.apps().values().forEach(Application::dropPlans);
    new LinkedHashSet<>(tree.grafts().values()).forEach(Graft::release);
    if (accessLog != null) {
      accessLog.close();
      accessLog = null;
    }
  }

  /** The tree's toolbox and every app's own ones, each once. */
  private Set<Toolbox> toolboxes() {
    Set<Toolbox> out = Collections.newSetFromMap(new IdentityHashMap<>());
    out.add(tree.tools());
    for (Application app : tree.apps().values()) {
      out.addAll(app.toolboxes());
    }
    return out;
  }
}
