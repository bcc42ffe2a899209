package org.jcherry.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Real signals sent to this JVM with kill(1): SIGUSR1 is graceful, SIGHUP (no terminal) restarts.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SignalHandlerTest {
  @Test
  void usr1IsGracefulAndHupRestartsWithoutATerminal() throws Exception {
    Engine engine = new Engine();
    AtomicInteger starts = new AtomicInteger();
    CountDownLatch graceful = new CountDownLatch(1);
    CountDownLatch restarted = new CountDownLatch(1);
    engine.subscribe(
        "start",
        () -> {
          if (starts.incrementAndGet() == 2) {
            restarted.countDown();
          }
        });
    engine.subscribe("graceful", graceful::countDown);
    engine.exitOnSignals();
    engine.exitOnSignals(); // idempotent: one shutdown hook, one handler per signal
    engine.start();
    try {
      kill("USR1");
      assertTrue(graceful.await(30, TimeUnit.SECONDS), "SIGUSR1 did not publish graceful");
      kill("HUP");
      assertTrue(restarted.await(30, TimeUnit.SECONDS), "SIGHUP did not restart");
      assertEquals(2, starts.get());
    } finally {
      engine.exit();
    }
  }

  private static void kill(String signal) throws Exception {
    Process p =
        new ProcessBuilder("kill", "-" + signal, Long.toString(ProcessHandle.current().pid()))
            .inheritIO()
            .start();
    assertEquals(0, p.waitFor());
  }
}
