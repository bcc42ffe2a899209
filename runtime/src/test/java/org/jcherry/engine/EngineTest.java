package org.jcherry.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bus and its plugins, without a server (the server-side channels are in the server tests). */
class EngineTest {
  @Test
  void runsListenersInPriorityOrderThroughTheStates() throws Exception {
    Engine engine = new Engine();
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    engine.subscribe("log", args -> seen.add((String) args[0]), 50);
    engine.subscribe("start", () -> seen.add("start p50"));
    engine.subscribe("start", () -> seen.add("start p10"), 10);
    engine.subscribe("graceful", () -> seen.add("graceful"));
    engine.subscribe("stop", () -> seen.add("stop"));
    engine.subscribe("exit", () -> seen.add("exit"));
    engine.start();
    assertSame(Engine.State.STARTED, engine.state());
    engine.graceful();
    engine.exit();
    assertSame(Engine.State.EXITING, engine.state());
    assertEquals(
        List.of(
            "Bus STARTING",
            "start p10",
            "start p50",
            "Bus STARTED",
            "Bus graceful",
            "graceful",
            "Bus STOPPING",
            "stop",
            "Bus STOPPED",
            "Bus EXITING",
            "exit",
            "Bus EXITED"),
        seen);
  }

  @Test
  void publishPassesArgumentsAndCollectsResults() {
    Engine engine = new Engine();
    assertEquals(List.of(), engine.publish("nobody"));
    engine.subscribe("sum", args -> (Integer) args[0] + (Integer) args[1], 50);
    engine.subscribe("sum", args -> (Integer) args[0] * (Integer) args[1], 40);
    assertEquals(List.of(12, 7), engine.publish("sum", 3, 4));
  }

  @Test
  void failuresAreRaisedTogetherAfterEveryListenerRan() {
    Engine engine = new Engine();
    List<String> ran = new ArrayList<>();
    engine.subscribe(
        "x",
        () -> {
          throw new IllegalStateException("first");
        },
        10);
    engine.subscribe("x", () -> ran.add("middle"), 20);
    engine.subscribe(
        "x",
        () -> {
          throw new IllegalArgumentException("second");
        },
        30);
    ChannelFailures f = assertThrows(ChannelFailures.class, () -> engine.publish("x"));
    assertEquals(List.of("middle"), ran);
    assertEquals("x", f.channel());
    assertTrue(f.getCause() instanceof IllegalStateException);
    assertEquals(1, f.getSuppressed().length);
    assertTrue(
        f.getMessage().contains("first") && f.getMessage().contains("second"), f.getMessage());
  }

  @Test
  void unsubscribeRemovesTheListener() {
    Engine engine = new Engine();
    List<String> ran = new ArrayList<>();
    Engine.Listener l = () -> ran.add("l");
    engine.subscribe("x", l);
    engine.unsubscribe("x", l);
    engine.publish("x");
    assertEquals(List.of(), ran);
    assertFalse(engine.hasListeners("x"));
  }

  @Test
  void aFailedStartExitsAndRaises() {
    Engine engine = new Engine();
    List<String> ran = new ArrayList<>();
    engine.subscribe(
        "start",
        () -> {
          throw new IllegalStateException("cannot bind");
        });
    engine.subscribe("exit", () -> ran.add("exit"));
    ChannelFailures f = assertThrows(ChannelFailures.class, engine::start);
    assertEquals("cannot bind", f.getCause().getMessage());
    assertEquals(List.of("exit"), ran);
    assertSame(Engine.State.EXITING, engine.state());
  }

  @Test
  void blockPublishesMainUntilExit() throws Exception {
    Engine engine = new Engine();
    CountDownLatch mainSeen = new CountDownLatch(1);
    engine.subscribe("main", mainSeen::countDown);
    engine.start();
    Thread exiter =
        new Thread(
            () -> {
              try {
                mainSeen.await();
                engine.exit();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    exiter.start();
    engine.block(10);
    exiter.join();
    assertSame(Engine.State.EXITING, engine.state());
  }

  @Test
  void awaitReturnsOnceTheStateIsReached() throws Exception {
    Engine engine = new Engine();
    Thread waiter =
        new Thread(
            () -> {
              try {
                engine.await(Engine.State.STARTED);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    waiter.start();
    engine.start();
    waiter.join();
    assertSame(Engine.State.STARTED, engine.state());
    engine.exit();
  }

  @Test
  void restartStopsAndStartsAgain() {
    Engine engine = new Engine();
    List<String> ran = new ArrayList<>();
    engine.subscribe("start", () -> ran.add("start"));
    engine.subscribe("stop", () -> ran.add("stop"));
    engine.start();
    engine.restart();
    assertEquals(List.of("start", "stop", "start"), ran);
    assertSame(Engine.State.STARTED, engine.state());
  }

  @Test
  void pidFileIsWrittenAtStartAndRemovedAtExit(@TempDir Path dir) throws Exception {
    Engine engine = new Engine();
    Path pid = dir.resolve("app.pid");
    new PidFile(engine, pid).subscribe();
    engine.start();
    assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(pid));
    engine.exit();
    assertFalse(Files.exists(pid));
  }

  @Test
  void monitorRunsItsCallbackWhileTheEngineRuns() throws Exception {
    Engine engine = new Engine();
    CountDownLatch runs = new CountDownLatch(3);
    Monitor monitor =
        new Monitor(engine, runs::countDown, 5, TimeUnit.MILLISECONDS, "test-monitor").subscribe();
    engine.start();
    assertTrue(runs.await(30, TimeUnit.SECONDS));
    assertTrue(monitor.running());
    engine.exit();
    assertFalse(monitor.running());
  }

  @Test
  void threadManagerNumbersThreadsOnceAndStopsThemAtStop() throws Exception {
    Engine engine = new Engine();
    new ThreadManager(engine).subscribe();
    List<Object> started = Collections.synchronizedList(new ArrayList<>());
    List<Object> stopped = Collections.synchronizedList(new ArrayList<>());
    engine.subscribe("start_thread", args -> started.add(args[0]), 50);
    engine.subscribe("stop_thread", args -> stopped.add(args[0]), 50);
    engine.start();
    engine.publish("acquire_thread");
    engine.publish("acquire_thread");
    Thread other = new Thread(() -> engine.publish("acquire_thread"));
    other.start();
    other.join();
    assertEquals(List.of(1, 2), started);
    engine.publish("release_thread");
    assertEquals(List.of(1), stopped);
    engine.stop();
    assertEquals(List.of(1, 2), stopped);
  }
}
