package org.jcherry.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jcherry.log.ErrorLog;

/**
 * The process bus, CherryPy's {@code cherrypy.engine}: listeners subscribe to channels with a
 * priority (lower runs first, default 50) and the engine publishes on them as it moves through its
 * states. Built-in channels are {@code start}, {@code stop}, {@code graceful}, {@code exit}, {@code
 * main} and {@code log}; servers add {@code acquire_thread}, {@code before_request}, {@code
 * after_request}, and {@link ThreadManager} adds {@code start_thread} and {@code stop_thread}.
 * Servers start at priority 75 and stop at 25, as in CherryPy.
 */
public final class Engine {
  /** The engine's states, in the order it passes through them. */
  public enum State {
    STOPPED,
    STARTING,
    STARTED,
    STOPPING,
    EXITING
  }

  /** A listener that takes no arguments. */
  @FunctionalInterface
  public interface Listener {
    void run() throws Exception;
  }

  /** A listener that receives the published arguments; its result joins {@link #publish}'s list. */
  @FunctionalInterface
  public interface Receiver {
    Object receive(Object... args) throws Exception;
  }

  /** {@code key} is what the caller subscribed, so that unsubscribe finds it. */
  private record Subscription(Object key, Receiver receiver, int priority) {}

  private static final Subscription[] NONE = new Subscription[0];
  private static final Object[] NO_ARGS = {};

  /**
   * Per channel, the subscriptions sorted by priority; replaced whole on change, read without
   * locks.
   */
  private final Map<String, Subscription[]> channels = new ConcurrentHashMap<>();

  private final Object stateLock = new Object();
  private volatile State state = State.STOPPED;
  private SignalHandler signalHandler;

  /** The log this engine writes and closes on exit; {@code null}: the thread's or process's. */
  private volatile ErrorLog errorLog;

  /** Set once the {@code exit} listeners ran: what {@link #block()} waits for. */
  private boolean exited;

  /** Whether the last {@link #exit()} met a failing {@code stop} or {@code exit} listener. */
  private volatile boolean exitFailed;

  public State state() {
    return state;
  }

  public void subscribe(String channel, Listener listener) {
    subscribe(channel, listener, 50);
  }

  public void subscribe(String channel, Listener listener, int priority) {
    add(
        channel,
        new Subscription(
            listener,
            args -> {
              listener.run();
              return null;
            },
            priority));
  }

  public void subscribe(String channel, Receiver receiver, int priority) {
    add(channel, new Subscription(receiver, receiver, priority));
  }

  /** Removes {@code listener} (a {@link Listener} or {@link Receiver}) from {@code channel}. */
  public void unsubscribe(String channel, Object listener) {
    channels.computeIfPresent(
        channel,
        (c, subs) -> {
          Subscription[] kept =
              Arrays.stream(subs).filter(s -> s.key() != listener).toArray(Subscription[]::new);
          return kept.length == 0 ? null : kept;
        });
  }

  private void add(String channel, Subscription s) {
    channels.merge(
        channel,
        new Subscription[] {s},
        (old, one) -> {
          Subscription[] next = Arrays.copyOf(old, old.length + 1);
          next[old.length] = s;
          // Stable: equal priorities keep subscription order.
          Arrays.sort(next, (a, b) -> Integer.compare(a.priority(), b.priority()));
          return next;
        });
  }

  /** Whether anyone listens on {@code channel}: callers on hot paths skip building arguments. */
  public boolean hasListeners(String channel) {
    return channels.containsKey(channel);
  }

  /**
   * Runs every listener of {@code channel} in priority order with {@code args} and returns their
   * results ({@code []} for a channel nobody listens on). Failures are logged and collected, and
   * raised together as {@link ChannelFailures} after all listeners ran.
   */
  public List<Object> publish(String channel, Object... args) {
    Subscription[] subs = channels.getOrDefault(channel, NONE);
    if (subs.length == 0) {
      return List.of();
    }
    List<Object> results = new ArrayList<>(subs.length);
    deliver(channel, subs, args, results);
    return results;
  }

  /**
   * {@link #publish} without arguments or results, for the channels published on every request
   * ({@code acquire_thread}, {@code before_request}, {@code after_request}): it allocates nothing.
   */
  public void fire(String channel) {
    Subscription[] subs = channels.get(channel);
    if (subs != null) {
      deliver(channel, subs, NO_ARGS, null);
    }
  }

  /** Runs {@code subs}, adding their results to {@code results} unless it is {@code null}. */
  private void deliver(String channel, Subscription[] subs, Object[] args, List<Object> results) {
    List<Exception> failures = null;
    for (Subscription s : subs) {
      try {
        Object result = s.receiver().receive(args);
        if (results != null) {
          results.add(result);
        }
      } catch (Exception e) {
        if (!channel.equals("log")) {
          log("Error in '" + channel + "' listener " + s.key(), ErrorLog.ERROR, e);
        }
        if (failures == null) {
          failures = new ArrayList<>();
        }
        failures.add(e);
      }
    }
    if (failures != null) {
      throw new ChannelFailures(channel, failures);
    }
  }

  /** Starts: publishes {@code start}; a failure exits the engine again and is raised. */
  public void start() {
    synchronized (stateLock) {
      exited = false;
    }
    setState(State.STARTING);
    try {
      publish("start");
    } catch (RuntimeException e) {
      log("Shutting down due to error in start listener:", ErrorLog.ERROR, e);
      exit();
      throw e;
    }
    setState(State.STARTED);
  }

  /** Stops: publishes {@code stop}; servers finish the requests in flight first. */
  public void stop() {
    setState(State.STOPPING);
    try {
      publish("stop");
    } finally {
      setState(State.STOPPED);
    }
  }

  /** Publishes {@code graceful}: listeners reload without stopping the engine. */
  public void graceful() {
    log("Bus graceful");
    publish("graceful");
  }

  /**
   * Stops and starts again in this process. CherryPy re-executes the Python process here; a JVM
   * cannot replace itself, so this re-runs every {@code stop} and {@code start} listener instead
   * (servers re-bind, plugins restart) without reloading classes.
   */
  public void restart() {
    log("Bus restarting");
    stop();
    start();
  }

  /** Stops, then publishes {@code exit}; {@link #block()} returns after this. Idempotent. */
  public void exit() {
    synchronized (stateLock) {
      if (state == State.EXITING || exited) {
        return;
      }
    }
    boolean clean = false;
    try {
      stop();
      clean = true;
    } finally {
      setState(State.EXITING);
      boolean exitClean = false;
      try {
        publish("exit");
        exitClean = true;
      } finally {
        exitFailed = !(clean && exitClean);
        synchronized (stateLock) {
          exited = true;
          stateLock.notifyAll();
        }
        log("Bus EXITED");
        closeErrorLog();
      }
    }
  }

  /**
   * Whether the last exit met a failing listener: the launcher then exits with CherryPy's status
   * 70.
   */
  public boolean exitFailed() {
    return exitFailed;
  }

  /**
   * Waits until the engine has exited (for example on SIGTERM) and its {@code exit} listeners ran,
   * publishing {@code main} every 100 ms.
   */
  public void block() {
    block(100);
  }

  /** As {@link #block()}, publishing {@code main} every {@code intervalMillis}. */
  public void block(long intervalMillis) {
    try {
      while (!waitForExit(intervalMillis)) {
        publish("main");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log("Interrupted: shutting down bus");
      exit();
    }
  }

  /** Waits until the engine reaches {@code target}. */
  public void await(State target) throws InterruptedException {
    while (!waitFor(target, 100)) {
      // keep waiting
    }
  }

  private boolean waitForExit(long millis) throws InterruptedException {
    synchronized (stateLock) {
      if (!exited) {
        stateLock.wait(millis);
      }
      return exited;
    }
  }

  private boolean waitFor(State target, long millis) throws InterruptedException {
    synchronized (stateLock) {
      if (state != target) {
        stateLock.wait(millis);
      }
      return state == target;
    }
  }

  /**
   * Exits the engine when the JVM is asked to stop, and handles SIGHUP and SIGUSR1: see {@link
   * SignalHandler}. Idempotent.
   */
  public void exitOnSignals() {
    signalHandler().subscribe();
  }

  /** CherryPy's {@code engine.signal_handler}, made on first use. */
  public synchronized SignalHandler signalHandler() {
    if (signalHandler == null) {
      signalHandler = SignalHandler.of(this);
    }
    return signalHandler;
  }

  /**
   * Makes {@code log} this engine's error log, which it writes and, after its last message on exit,
   * closes ({@link ErrorLog#from} closes the file of a log it replaces).
   */
  public void errorLog(ErrorLog log) {
    errorLog = log;
  }

  /** This engine's error log, or {@code null} if it writes to the thread's or process's log. */
  public ErrorLog errorLog() {
    return errorLog;
  }

  private void closeErrorLog() {
    ErrorLog e = errorLog;
    if (e != null) {
      e.close();
    }
  }

  /**
   * Publishes {@code msg} on the {@code log} channel and writes it to the error log (context
   * ENGINE).
   */
  public void log(String msg) {
    log(msg, ErrorLog.INFO, null);
  }

  public void log(String msg, int level, Throwable traceback) {
    ErrorLog e = errorLog;
    if (e != null) {
      e.write("ENGINE", msg, level, traceback);
    } else {
      ErrorLog.log("ENGINE", msg, level, traceback);
    }
    publish("log", msg, level, traceback);
  }

  private void setState(State s) {
    synchronized (stateLock) {
      state = s;
      stateLock.notifyAll();
    }
    log("Bus " + s);
  }
}
