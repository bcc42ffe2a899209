package org.jcherry.engine;

import org.jcherry.log.ErrorLog;
import sun.misc.Signal;

/**
 * CherryPy's {@code engine.signal_handler}. SIGTERM and SIGINT exit the engine (finishing the
 * requests in flight within {@code server.shutdown_timeout}) and then the process, with status 0
 * after a clean exit and 70 (CherryPy's {@code EX_SOFTWARE}) when an exit listener failed: the
 * JVM's own handling of them would end with 143 or 130, which a service manager reads as a crash.
 * {@code System.exit} runs the JVM's shutdown hooks afterwards, so other libraries' hooks still
 * run. Any other way the JVM is asked to stop ({@code System.exit} elsewhere, a signal this class
 * does not handle) exits the engine through a shutdown hook. SIGHUP restarts the engine ({@link
 * Engine#restart()}), or exits it when the process has a terminal (the terminal closed), as
 * CherryPy does; SIGUSR1 publishes {@code graceful}. Signals are caught with {@code
 * sun.misc.Signal} (module jdk.unsupported, no reflection; present on 17 and 25); where the
 * platform lacks a signal (Windows has no HUP or USR1) it is skipped. A signal also publishes on
 * the channel of its name ({@code SIGTERM}, {@code SIGHUP}, {@code SIGUSR1}).
 */
public final class SignalHandler {
  /** The status of an exit whose listeners failed, as CherryPy's {@code os._exit(70)}. */
  static final int EX_SOFTWARE = 70;

  private final Engine engine;
  private final Thread shutdownHook;
  private boolean subscribed;

  private SignalHandler(Engine engine) {
    this.engine = engine;
    this.shutdownHook = new Thread(engine::exit, "jcherry-shutdown");
  }

  public static SignalHandler of(Engine engine) {
    return new SignalHandler(engine);
  }

  /** Installs the handlers; once per handler. */
  public synchronized SignalHandler subscribe() {
    if (!subscribed) {
      subscribed = true;
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      handle("TERM", this::exitProcess);
      handle("INT", this::exitProcess);
      handle("HUP", this::hangUp);
      handle("USR1", engine::graceful);
    }
    return this;
  }

  /** Exits the engine on the signal's own thread, then the JVM with the outcome's status. */
  private void exitProcess() {
    try {
      engine.exit();
    } catch (RuntimeException | Error e) {
      engine.log("Error exiting the engine on a signal", ErrorLog.ERROR, e);
    }
    System.exit(engine.exitFailed() ? EX_SOFTWARE : 0);
  }

  private void hangUp() {
    if (System.console() != null) {
      engine.log("SIGHUP caught but not daemonized. Exiting.");
      engine.exit();
    } else {
      engine.log("SIGHUP caught while daemonized. Restarting.");
      engine.restart();
    }
  }

  private void handle(String name, Runnable action) {
    try {
      Signal.handle(
          new Signal(name),
          s -> {
            engine.log("Caught signal SIG" + name + ".");
            engine.publish("SIG" + name);
            action.run();
          });
    } catch (IllegalArgumentException unsupported) {
      engine.log(
          "Signal SIG" + name + " is not handled on this platform: " + unsupported.getMessage());
    }
  }
}
