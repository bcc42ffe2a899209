package org.jcherry.app;

import org.jcherry.dispatch.DispatchTables;
import org.jcherry.server.HttpServer;
import org.slf4j.LoggerFactory;

/**
 * Does on a second core, while the main thread mounts the application, the start-up work that does
 * not depend on it: finding the SLF4J provider, loading the generated dispatch tables, and loading
 * Undertow and XNIO. Each step is thread-safe and done once, so when the main thread gets there
 * first it simply does the step itself; the background thread only ever saves time.
 */
public final class Preinitializer {
  private Preinitializer() {}

  /** Starts the background thread; it is a daemon, so it never keeps the JVM alive. */
  public static void start() {
    Thread t = new Thread(Preinitializer::run, "jcherry-preinitializer");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      // The longest first: the main thread needs the server last, but loading it takes longest.
      HttpServer.preload();
      LoggerFactory.getILoggerFactory();
      DispatchTables.forNode(null);
    } catch (RuntimeException | LinkageError e) {
      // Only a head start: the main thread meets and reports any real problem itself.
    }
  }
}
