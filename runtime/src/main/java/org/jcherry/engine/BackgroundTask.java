package org.jcherry.engine;

import java.util.concurrent.TimeUnit;
import org.jcherry.log.ErrorLog;

/**
 * A daemon thread that runs a task every {@code interval}, CherryPy's {@code BackgroundTask}: the
 * first run comes one interval after start; a failing run is logged and the task goes on.
 */
public final class BackgroundTask {
  private final String name;
  private final long intervalMillis;
  private final Engine.Listener task;
  private final Engine engine;
  private volatile boolean running;
  private Thread thread;

  public BackgroundTask(
      String name, long interval, TimeUnit unit, Engine.Listener task, Engine engine) {
    if (interval <= 0) {
      throw new IllegalArgumentException(name + ": the interval must be positive, not " + interval);
    }
    this.name = name;
    this.intervalMillis = unit.toMillis(interval);
    this.task = task;
    this.engine = engine;
  }

  public synchronized void start() {
    if (thread != null) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops the task and waits for a run in progress to finish. */
  public void cancel() throws InterruptedException {
    Thread t;
    synchronized (this) {
      t = thread;
      thread = null;
      running = false;
    }
    if (t != null && t != Thread.currentThread()) {
      t.interrupt();
      t.join();
    }
  }

  public synchronized boolean isAlive() {
    return thread != null && thread.isAlive();
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(intervalMillis);
      } catch (InterruptedException e) {
        return;
      }
      if (!running) {
        return;
      }
      try {
        task.run();
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        engine.log("Error in background task " + name + ":", ErrorLog.ERROR, e);
      }
    }
  }
}
