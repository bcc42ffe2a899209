package org.jcherry.samples.sessions;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A redis-server of the test's own, on a free port (never the shared 6379), that the test stops and
 * starts again: it saves its data on a stop (SIGTERM) and loads it on the start, as a Redis with
 * persistence does over a restart. Without redis-server the test fails in CI ({@code CI=true};
 * .ci/run installs it) and is skipped elsewhere.
 */
final class RedisServer implements AutoCloseable {
  private final int port;
  private final Path dir;
  private Process process;

  private RedisServer(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** Starts one, or aborts (fails in CI) the test when redis-server is not installed. */
  static RedisServer start() throws IOException, InterruptedException {
    if (!onPath("redis-server")) {
      String why = "redis-server is not installed; apt-get install redis-server";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + " - .ci/run does this in CI");
      }
      Assumptions.abort(why);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    RedisServer redis = new RedisServer(port, Files.createTempDirectory("jcherry-redis"));
    redis.up();
    return redis;
  }

  URI uri() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  /** Starts redis-server and waits until it accepts connections. */
  void up() throws IOException, InterruptedException {
    process =
        new ProcessBuilder(
                List.of(
                    "redis-server",
                    "--port",
                    Integer.toString(port),
                    "--bind",
                    "127.0.0.1",
                    "--dir",
                    dir.toString(),
                    "--save",
                    "3600 1",
                    "--appendonly",
                    "no",
                    "--daemonize",
                    "no"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile())
            .start();
    for (int i = 0; i < 200; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        if (!process.isAlive()) {
          throw new IOException(
              "redis-server exited: " + Files.readString(dir.resolve("redis.log")));
        }
        Thread.sleep(25);
      }
    }
    throw new IOException("redis-server did not listen on " + port);
  }

  /** Stops redis-server with SIGTERM (it saves its data first) and waits until it exited. */
  void down() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }
}
