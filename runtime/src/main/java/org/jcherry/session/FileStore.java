package org.jcherry.session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.HTTPError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions as files in a directory, CherryPy's {@code FileSession}: {@code session-<id>} holds the
 * data as JSON (see {@link JsonValues}) with its expiry, written atomically; {@code
 * session-<id>.lock} is locked with an OS file lock, so several processes sharing the directory
 * serialise one session's requests too. Lock files stay behind, as CherryPy's do. An id that would
 * name a file outside the directory is a 400.
 */
public final class FileStore implements SessionStore {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.session");
  private static final String PREFIX = "session-";
  private static final String LOCK_SUFFIX = ".lock";
  private static final long POLL_MILLIS = 10;

  private final Path directory;
  private final LocalLocks localLocks = new LocalLocks();

  /** Keeps sessions in {@code directory}, creating it if needed. */
  public FileStore(Path directory) {
    try {
      this.directory = Files.createDirectories(directory).toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "tools.sessions.storage_path " + directory + " is not a usable directory: " + e, e);
    }
  }

  public Path directory() {
    return directory;
  }

  /**
   * A missing file is a missing session only while the directory is there: with the directory gone
   * (unmounted, moved away) it is a store fault, so the client keeps its id instead of being handed
   * a new one.
   */
  @Override
  public boolean exists(String id) {
    Path f = file(id);
    if (Files.exists(f)) {
      return true;
    }
    checkDirectory();
    return false;
  }

  @Override
  public Map<String, Object> load(String id) {
    String text;
    try {
      text = Files.readString(file(id), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      checkDirectory();
      return null;
    } catch (IOException e) {
      throw new SessionStoreException("The session store is unavailable.", e);
    }
    Map<String, Object> stored = JsonValues.decode(text);
    Object expires = stored.get("expires");
    Object data = stored.get("data");
    if (!(expires instanceof Number) || !(data instanceof Map)) {
      throw new SessionStoreException("Stored session data is unreadable.", null);
    }
    if (((Number) expires).longValue() <= System.currentTimeMillis()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) data;
    return values;
  }

  @Override
  public void save(String id, Map<String, Object> data, Duration timeout) {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("expires", System.currentTimeMillis() + timeout.toMillis());
    stored.put("data", data);
    Path target = file(id);
    try {
      Path temp = Files.createTempFile(directory, PREFIX, ".tmp");
      Files.writeString(temp, JsonValues.encode(stored), StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new SessionStoreException("The session store is unavailable.", e);
    }
  }

  @Override
  public void delete(String id) {
    try {
      Files.deleteIfExists(file(id));
    } catch (IOException e) {
      throw new SessionStoreException("The session store is unavailable.", e);
    }
  }

  /**
   * Locks within this process first (a JVM may not hold two OS locks on one file), then the lock
   * file.
   */
  @Override
  public SessionLock lock(String id, Duration timeout) {
    Path lockFile = directory.resolve(file(id).getFileName() + LOCK_SUFFIX);
    long deadline = System.nanoTime() + timeout.toNanos();
    SessionLock local = localLocks.lock(id, timeout);
    try {
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock held;
      while ((held = channel.tryLock()) == null) {
        if (System.nanoTime() > deadline) {
          channel.close();
          throw new SessionStoreException("Timed out waiting for the session lock.", null);
        }
        Thread.sleep(POLL_MILLIS);
      }
      FileLock fileLock = held;
      return () -> {
        try {
          fileLock.release();
          channel.close();
        } catch (IOException e) {
          LOG.warn("Could not release session lock file {}", lockFile, e);
        } finally {
          local.release();
        }
      };
    } catch (IOException e) {
      local.release();
      throw new SessionStoreException("The session store is unavailable.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      local.release();
      throw new SessionStoreException("Interrupted waiting for the session lock.", e);
    } catch (RuntimeException e) {
      local.release();
      throw e;
    }
  }

  /** Deletes expired session files; a session a request holds locked is left for the next round. */
  @Override
  public void cleanUp() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (!name.endsWith(LOCK_SUFFIX) && !name.endsWith(".tmp")) {
          deleteIfExpired(name.substring(PREFIX.length()));
        }
      }
    } catch (IOException e) {
      LOG.warn("Session clean-up of {} failed: {}", directory, e.toString());
    }
  }

  private void deleteIfExpired(String id) {
    try {
      SessionLock lock = lock(id, Duration.ZERO);
      try {
        if (load(id) == null) {
          delete(id);
        }
      } finally {
        lock.release();
      }
    } catch (SessionStoreException e) {
      LOG.debug("Session clean-up skipped {}: {}", id, e.getMessage());
    }
  }

  private void checkDirectory() {
    if (!Files.isDirectory(directory)) {
      throw new SessionStoreException(
          "The session store is unavailable.", new NoSuchFileException(directory.toString()));
    }
  }

  @Override
  public void checkValue(String key, Object value) {
    JsonValues.check("file", key, value);
  }

  /**
   * The data file of {@code id}; a 400 when the id would leave the directory or is no file name.
   */
  private Path file(String id) {
    try {
      Path p = directory.resolve(PREFIX + id).normalize();
      if (p.getParent().equals(directory) && p.getFileName().toString().equals(PREFIX + id)) {
        return p;
      }
    } catch (InvalidPathException e) {
      // falls through to the 400
    }
    throw new HTTPError(400, "Invalid session id in cookie.");
  }
}
