package org.jcherry.engine;

import java.util.concurrent.TimeUnit;

/**
 * CherryPy's {@code Monitor} plugin: runs a callback every {@code frequency} in a {@link
 * BackgroundTask} while the engine runs; starts at priority 70, stops with the engine, and {@code
 * graceful} restarts it.
 */
public final class Monitor {
  private final Engine engine;
  private final String name;
  private final long frequency;
  private final TimeUnit unit;
  private final Engine.Listener callback;
  private BackgroundTask task;

  public Monitor(
      Engine engine, Engine.Listener callback, long frequency, TimeUnit unit, String name) {
    this.engine = engine;
    this.callback = callback;
    this.frequency = frequency;
    this.unit = unit;
    this.name = name;
  }

  public Monitor subscribe() {
    engine.subscribe("start", this::start, 70);
    engine.subscribe("stop", this::stop, 50);
    engine.subscribe("graceful", this::graceful, 50);
    return this;
  }

  public synchronized void start() {
    if (task == null) {
      task = new BackgroundTask(name, frequency, unit, callback, engine);
      task.start();
      engine.log("Started monitor thread " + name + ".");
    }
  }

  public void stop() throws InterruptedException {
    BackgroundTask t;
    synchronized (this) {
      t = task;
      task = null;
    }
    if (t != null) {
      t.cancel();
      engine.log("Stopped thread " + name + ".");
    }
  }

  public void graceful() throws InterruptedException {
    stop();
    start();
  }

  /** Whether the monitor thread is running. */
  public synchronized boolean running() {
    return task != null && task.isAlive();
  }
}
