package org.jcherry.boot;

import java.util.Map;
import org.jcherry.fixture.Slow;
import org.jcherry.fixture.Uploads;

/**
 * The app {@link SigtermTest} runs in a process of its own, as {@code java -jar} would: {@link
 * Slow} at {@code /} and {@link Uploads} at {@code /up}, with a short {@code
 * server.shutdown_timeout}.
 */
public final class StopApp {
  /** The grace a stop gives the requests in flight, in seconds. */
  static final int SHUTDOWN_TIMEOUT = 2;

  private StopApp() {}

  public static void main(String[] args) {
    Launcher.run(
        "StopApp",
        args,
        Map.of(
            "server.shutdown_timeout",
            SHUTDOWN_TIMEOUT,
            "server.thread_pool",
            8,
            "log.screen",
            false),
        Launcher.App.of(new Slow(), "", Map.of()),
        Launcher.App.of(new Uploads(), "/up", Map.of()));
  }
}
