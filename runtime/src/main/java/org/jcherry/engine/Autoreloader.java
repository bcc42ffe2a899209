package org.jcherry.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CherryPy's {@code Autoreloader} plugin ({@code engine.autoreload.on}): while the engine runs, a
 * {@link Monitor} looks every {@code engine.autoreload.frequency} seconds (1 by default) at the
 * watched files and directories (their files' names, sizes and modification times) and, once a
 * change has held still for one more look (so a compiler still writing is not caught half way),
 * runs {@code onChange}. What a change does is the caller's: here nothing restarts.
 */
public final class Autoreloader {
  private final List<Path> watched;
  private final Engine.Listener onChange;
  private final Monitor monitor;

  /** The fingerprint of what is being served, and of the last look when it differed. */
  private long served;

  private long pending;

  public Autoreloader(
      Engine engine, List<Path> watched, double frequencySeconds, Engine.Listener onChange) {
    this.watched = List.copyOf(watched);
    this.onChange = onChange;
    this.served = fingerprint();
    this.pending = served;
    long millis = Math.max(50, Math.round(frequencySeconds * 1000));
    this.monitor = new Monitor(engine, this::look, millis, TimeUnit.MILLISECONDS, "Autoreloader");
  }

  /**
   * Watches from now on, and again after each engine restart: the engine has usually started
   * already when the app asks for autoreload.
   */
  public Autoreloader start() {
    monitor.subscribe();
    monitor.start();
    return this;
  }

  /** What is watched, for the start-up line. */
  public List<Path> watched() {
    return watched;
  }

  private void look() throws Exception {
    long now = fingerprint();
    if (now == served) {
      pending = now;
      return;
    }
    if (now != pending) {
      pending = now; // still changing: look again before acting
      return;
    }
    served = now;
    onChange.run();
  }

  /**
   * A hash of every watched file's path, size and modification time; the same set of files in the
   * same state gives the same value whatever order the directories list them in.
   */
  long fingerprint() {
    long sum = 0;
    for (Path p : watched) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            sum += fileHash(f);
          }
        } catch (IOException | UncheckedIOException e) {
          sum += 1; // a directory changing under the walk: look again next time
        }
      } else {
        sum += fileHash(p);
      }
    }
    return sum;
  }

  private static long fileHash(Path f) {
    try {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      if (a.isDirectory()) {
        return 0;
      }
      long h = f.toString().hashCode();
      h = h * 1_000_003 + a.size();
      h = h * 1_000_003 + a.lastModifiedTime().toMillis();
      return h * 0x9E3779B97F4A7C15L;
    } catch (IOException e) {
      return 0; // gone: it no longer counts
    }
  }
}
