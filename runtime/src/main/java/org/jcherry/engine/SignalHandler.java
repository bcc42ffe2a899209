package org.jcherry.engine;

import sun.misc.Signal;

/**
 * CherryPy's {@code engine.signal_handler}. SIGTERM and SIGINT exit the engine through a JVM
 * shutdown hook, so the JVM's own handling (and other libraries' hooks) stay intact and the exit
 * waits for the requests in flight. SIGHUP restarts the engine ({@link Engine#restart()}), or exits
 * it when the process has a terminal (the terminal closed), as CherryPy does; SIGUSR1 publishes
 * {@code graceful}. Those two use {@code sun.misc.Signal} (module jdk.unsupported, no reflection);
 * where the platform lacks a signal (Windows has no HUP or USR1) it is skipped. A signal also
 * publishes on the channel of its name ({@code SIGHUP}, {@code SIGUSR1}).
 */
public final class SignalHandler {
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
      handle("HUP", this::hangUp);
      handle("USR1", engine::graceful);
    }
    return this;
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
