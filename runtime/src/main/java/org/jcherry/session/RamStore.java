package org.jcherry.session;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in this process's memory, CherryPy's {@code RamSession}: values are kept as they are
 * (any object), and vanish when the process stops. Each load and save copies the map, so a request
 * never sees another's half-made changes.
 */
public final class RamStore implements SessionStore {
  private record Stored(Map<String, Object> data, long expiresAt) {}

  private final Map<String, Stored> sessions = new ConcurrentHashMap<>();
  private final LocalLocks locks = new LocalLocks();

  @Override
  public boolean exists(String id) {
    return sessions.containsKey(id);
  }

  @Override
  public Map<String, Object> load(String id) {
    Stored s = sessions.get(id);
    return s == null || s.expiresAt() <= System.currentTimeMillis()
        ? null
        : new HashMap<>(s.data());
  }

  @Override
  public void save(String id, Map<String, Object> data, Duration timeout) {
    sessions.put(
        id, new Stored(new HashMap<>(data), System.currentTimeMillis() + timeout.toMillis()));
  }

  @Override
  public void delete(String id) {
    sessions.remove(id);
  }

  @Override
  public SessionLock lock(String id, Duration timeout) {
    return locks.lock(id, timeout);
  }

  @Override
  public void cleanUp() {
    long now = System.currentTimeMillis();
    sessions.values().removeIf(s -> s.expiresAt() <= now);
  }

  /** How many sessions are stored, expired ones not yet cleaned up included. */
  public int size() {
    return sessions.size();
  }
}
