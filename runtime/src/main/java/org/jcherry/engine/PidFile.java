package org.jcherry.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CherryPy's {@code PIDFile} plugin: writes the process id to a file when the engine starts
 * (priority 70) and removes the file when it exits.
 */
public final class PidFile {
  private final Engine engine;
  private final Path path;
  private boolean written;

  public PidFile(Engine engine, Path path) {
    this.engine = engine;
    this.path = path;
  }

  public PidFile subscribe() {
    engine.subscribe("start", this::start, 70);
    engine.subscribe("exit", this::exit, 50);
    return this;
  }

  synchronized void start() {
    if (written) {
      engine.log("PID " + ProcessHandle.current().pid() + " already written to " + path + ".");
      return;
    }
    try {
      Files.write(path, (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the PID file " + path + ": " + e.getMessage(), e);
    }
    written = true;
    engine.log("PID " + ProcessHandle.current().pid() + " written to " + path + ".");
  }

  synchronized void exit() throws IOException {
    if (written) {
      Files.deleteIfExists(path);
      written = false;
      engine.log("PID file removed: " + path + ".");
    }
  }
}
