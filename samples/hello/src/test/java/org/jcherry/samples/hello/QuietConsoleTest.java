package org.jcherry.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar hello.jar} prints where it serves and nothing else: no SLF4J warning, no
 * Undertow or XNIO lines, on stdout or stderr, from start to stop. On JDK 24+ the JVM itself warns
 * once that jboss-threads (XNIO's worker executor, no release of it without {@code
 * sun.misc.Unsafe}) calls {@code Unsafe}; the run passes the JVM's own flag that allows it, as the
 * README tells users.
 */
class QuietConsoleTest {
  @TempDir Path dir;

  @Test
  void printsOnlyWhereItServes() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    List<String> command = new ArrayList<>(List.of(java));
    if (Runtime.version().feature() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Root_Main.class.getName(),
            "--port",
            "0"));
    Process p =
        new ProcessBuilder(command)
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
