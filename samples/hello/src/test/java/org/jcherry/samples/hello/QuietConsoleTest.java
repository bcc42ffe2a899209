package org.jcherry.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar hello.jar} prints where it serves and nothing else: no SLF4J warning, no
 * Undertow or XNIO lines, on stdout or stderr, from start to stop.
 */
class QuietConsoleTest {
  @TempDir Path dir;

  @Test
  void printsOnlyWhereItServes() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Root_Main.class.getName(),
                    "--port",
                    "0"))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (!Files.readString(out).contains("\n") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      p.destroy(); // SIGTERM: the engine exits, finishing what is in flight
      assertTrue(p.waitFor(1, TimeUnit.MINUTES), "hello did not stop on SIGTERM");
    } finally {
      p.destroyForcibly();
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(printed.matches("Root serving on http://127\\.0\\.0\\.1:\\d+/\n"), printed);
    assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
  }
}
