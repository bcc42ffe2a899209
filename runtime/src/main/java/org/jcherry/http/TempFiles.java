package org.jcherry.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files one request made (upload spool files), deleted together once the response has
 * been written: {@link Request#tempFiles()} holds the request's list. A handler that wants to keep
 * an upload moves or copies {@link Part#file()} before it returns; a file already gone is no error.
 */
public final class TempFiles {
  private static final Logger LOG = LoggerFactory.getLogger(TempFiles.class);

  private final List<Path> paths = new ArrayList<>();

  /** Registers a file to delete with the others. */
  public synchronized void add(Path path) {
    paths.add(path);
  }

  /** The files registered and not yet deleted, in the order they were added. */
  public synchronized List<Path> paths() {
    return List.copyOf(paths);
  }

  /** Deletes every registered file that still exists and forgets them all; never throws. */
  public void deleteAll() {
    List<Path> todo;
    synchronized (this) {
      todo = new ArrayList<>(paths);
      paths.clear();
    }
    for (Path p : todo) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException e) {
        LOG.warn("Could not delete the temporary file {}", p, e);
      }
    }
  }
}
