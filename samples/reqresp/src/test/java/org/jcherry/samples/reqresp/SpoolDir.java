package org.jcherry.samples.reqresp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directory upload spool files go to in these tests: the pom points {@code java.io.tmpdir} at
 * one of this module's own, so a test can see every spool file the server left behind.
 */
final class SpoolDir {
  private SpoolDir() {}

  /** Makes the directory; call before the first upload of a test class. */
  static Path ensure() {
    try {
      return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The upload spool files present now. */
  static List<Path> spoolFiles() {
    try (Stream<Path> files = Files.list(ensure())) {
      return files.filter(p -> p.getFileName().toString().startsWith("jcherry-upload-")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spool files still present once none is left or 20 s have passed. The server deletes a
   * request's files just after the response is written, so a client may read it a moment earlier.
   */
  static List<Path> awaitNoSpoolFiles() {
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<Path> left = spoolFiles();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      left = spoolFiles();
    }
    return left;
  }
}
