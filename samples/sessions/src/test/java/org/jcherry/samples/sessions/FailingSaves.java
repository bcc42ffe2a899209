package org.jcherry.samples.sessions;

import java.time.Duration;
import java.util.Map;
import org.jcherry.session.RamStore;
import org.jcherry.session.SessionStore;
import org.jcherry.session.SessionStoreException;

/** A store whose backend accepts reads but fails every write, as a full or read-only disk would. */
final class FailingSaves implements SessionStore {
  private final RamStore ram = new RamStore();

  /** Stores {@code data} under a new id, as a request of an earlier, working day did. */
  String seed(Map<String, Object> data) {
    String id = java.util.UUID.randomUUID().toString().replace("-", "");
    ram.save(id, data, Duration.ofMinutes(5));
    return id;
  }

  @Override
  public boolean exists(String id) {
    return ram.exists(id);
  }

  @Override
  public Map<String, Object> load(String id) {
    return ram.load(id);
  }

  @Override
  public void save(String id, Map<String, Object> data, Duration timeout) {
    throw new SessionStoreException(
        "The session store is unavailable.", new java.io.IOException("disk full"));
  }

  @Override
  public void delete(String id) {
    ram.delete(id);
  }

  @Override
  public SessionLock lock(String id, Duration timeout) {
    return ram.lock(id, timeout);
  }

  @Override
  public void cleanUp() {}
}
