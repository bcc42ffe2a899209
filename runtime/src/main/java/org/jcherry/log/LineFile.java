package org.jcherry.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A log file that lines are appended to, CherryPy's {@code FileHandler} for {@code log.access_file}
 * and {@code log.error_file}: the SLF4J API has no appenders, so we write these files ourselves.
 * Each line is written and flushed whole under a lock, so concurrent requests never interleave.
 */
public final class LineFile {
  private final Path path;
  private OutputStream out;
  private boolean closed;

  /**
   * Opens (creating if needed) {@code path} for appending; a bad path fails at start-up, naming it.
   */
  public LineFile(Path path) {
    this.path = path;
    this.out = open(path);
  }

  public Path path() {
    return path;
  }

  /** Appends {@code line} and a newline. A failing disk never fails the request that logs. */
  public synchronized void append(String line) {
    if (closed) {
      return;
    }
    try {
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      System.err.println("Could not write to log file " + path + ": " + e.getMessage());
    }
  }

  /** Closes and opens the file again, after log rotation moved it away ({@code reopen_files()}). */
  public synchronized void reopen() {
    close();
    out = open(path);
    closed = false;
  }

  /** Whether {@link #close} has not been called since the file was opened. */
  public synchronized boolean isOpen() {
    return !closed;
  }

  public synchronized void close() {
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      System.err.println("Could not close log file " + path + ": " + e.getMessage());
    }
  }

  private static OutputStream open(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open log file " + path + ": " + e.getMessage(), e);
    }
  }
}
