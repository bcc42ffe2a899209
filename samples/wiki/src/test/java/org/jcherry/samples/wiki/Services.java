package org.jcherry.samples.wiki;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The processes a scale-out test starts (PostgreSQL, Redis, nginx, wiki instances), each on a free
 * loopback port, stopped in reverse order by {@link #close()}.
 */
final class Services implements AutoCloseable {
  private final List<Runnable> stops = new ArrayList<>();

  /** A loopback port no one listens on now. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Starts {@code command} with its output in {@code log}; {@link #close()} ends it. */
  Process start(Path log, String... command) throws IOException {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    stops.add(() -> stop(p));
    return p;
  }

  /** Runs {@code command} to its end; fails unless it succeeds. */
  static void run(Path log, String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed:\n" + Files.readString(log));
    }
  }

  void onClose(Runnable stop) {
    stops.add(stop);
  }

  static void stop(Process p) {
    p.destroy();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Deletes {@code dir} and everything in it, as far as it can. */
  static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is not a failure of the test.
    }
  }

  /** Waits until something accepts connections on {@code port}. */
  static void awaitPort(int port, Process p, Path log) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (!p.isAlive()) {
        throw new IllegalStateException("exited early:\n" + Files.readString(log));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("nothing listens on " + port + ":\n" + Files.readString(log));
  }

  @Override
  public void close() {
    for (int i = stops.size() - 1; i >= 0; i--) {
      stops.get(i).run();
    }
  }
}
