package org.jcherry.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process bus, CherryPy's {@code cherrypy.engine}: listeners subscribe to channels
 * ({@code start}, {@code stop}, {@code exit}, {@code graceful}, {@code main}, {@code log}) with a
 * priority, lower first; the engine moves through its states and publishes on them. Servers start at
 * priority 75 and stop at 25, as in CherryPy.
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.engine");

  /** The engine's states, in the order it passes through them. */
  public enum State {
    STOPPED,
    STARTING,
    STARTED,
    STOPPING,
    EXITING
  }

  /** A channel listener. */
  @FunctionalInterface
  public interface Listener {
    void run() throws Exception;
  }

  private record Subscription(Listener listener, int priority) {}

  private final Map<String, List<Subscription>> channels = new ConcurrentHashMap<>();
  private volatile State state = State.STOPPED;
  private final Object stateLock = new Object();

  public State state() {
    return state;
  }

  public void subscribe(String channel, Listener listener) {
    subscribe(channel, listener, 50);
  }

  public void subscribe(String channel, Listener listener, int priority) {
    channels.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(new Subscription(listener, priority));
  }

  public void unsubscribe(String channel, Listener listener) {
    List<Subscription> subs = channels.get(channel);
    if (subs != null) {
      subs.removeIf(s -> s.listener() == listener);
    }
  }

  /**
   * Runs every listener of {@code channel} in priority order; failures are logged and collected, and
   * raised together after all listeners ran.
   */
  public void publish(String channel) {
    List<Subscription> subs = new ArrayList<>(channels.getOrDefault(channel, List.of()));
    subs.sort((a, b) -> Integer.compare(a.priority(), b.priority()));
    ChannelFailures failures = null;
    for (Subscription s : subs) {
      try {
        s.listener().run();
      } catch (Exception e) {
        LOG.error("[ENGINE] Error in '{}' listener {}", channel, s.listener(), e);
        if (failures == null) {
          failures = new ChannelFailures(channel);
        }
        failures.addSuppressed(e);
      }
    }
    if (failures != null) {
      throw failures;
    }
  }

  /** Starts: publishes {@code start}; a failure stops everything again and is raised. */
  public void start() {
    setState(State.STARTING);
    try {
      publish("start");
    } catch (RuntimeException e) {
      LOG.error("[ENGINE] Shutting down due to error in start listener", e);
      exit();
      throw e;
    }
    setState(State.STARTED);
  }

  /** Stops: publishes {@code stop}, servers stop after finishing the requests in flight. */
  public void stop() {
    setState(State.STOPPING);
    try {
      publish("stop");
    } finally {
      setState(State.STOPPED);
    }
  }

  /** Stops, then publishes {@code exit}; {@link #block()} returns after this. */
  public void exit() {
    if (state == State.EXITING) {
      return;
    }
    try {
      stop();
      publish("exit");
    } finally {
      setState(State.EXITING);
    }
  }

  /** Waits until the engine exits (for example on SIGTERM), publishing {@code main} meanwhile. */
  public void block() {
    synchronized (stateLock) {
      while (state != State.EXITING) {
        try {
          stateLock.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          exit();
          return;
        }
      }
    }
  }

  /** Exits the engine when the JVM is asked to stop (SIGTERM, SIGINT), as CherryPy's signal handler does. */
  public void exitOnSignals() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::exit, "jcherry-shutdown"));
  }

  private void setState(State s) {
    synchronized (stateLock) {
      state = s;
      LOG.info("[ENGINE] Bus {}", s);
      stateLock.notifyAll();
    }
  }

  /** The failures of one channel's listeners. */
  public static final class ChannelFailures extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChannelFailures(String channel) {
      super("listeners of '" + channel + "' failed");
    }
  }
}
