package org.jcherry.session;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session of the request being served, CherryPy's {@code cherrypy.session}: reach it with
 * {@code Cherry.session()} where {@code tools.sessions.on} is true. It reads like a map; data is
 * loaded from the store on first use and saved (only then) before the response is finalised, with
 * the session timeout as its expiry.
 *
 * <p>The id comes from the session cookie. An id the store does not know (forged, expired, or from
 * a session that never stored anything) is replaced by a fresh one, so a client cannot choose its
 * id; {@link #isMissing()} tells, and {@link #originalId()} keeps what the client sent.
 *
 * <p>Values: the RAM store keeps any object; the file and Redis stores keep JSON values (null,
 * String, Boolean, Integer, Long, Double, and Lists and {@code Map<String, ?>} of those) and refuse
 * others at {@link #put}. Whole numbers read back from JSON are {@code Integer} or {@code Long} by
 * size: read them with {@link #getInt} or {@link #getLong}.
 *
 * <p>A store fault ({@link SessionStoreException}, a 503) changes nothing about the session: its id
 * stays, and the cookie set for this request is taken back, so a client is never handed a new id
 * (logged out) because the store was briefly away.
 *
 * <p>One instance serves one request, on its thread.
 */
public final class Session {
  private static final String ATTRIBUTE = "org.jcherry.session";
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.session");

  private final SessionOptions options;
  private final Request request;
  private final Response response;
  private final String originalId;
  private String id;
  private boolean missing;
  private boolean regenerated;
  private Map<String, Object> data;
  private SessionStore.SessionLock lock;

  /**
   * Whether the data was deleted since the lock was taken, so what the store read with the lock
   * must not answer the load.
   */
  private boolean deletedSinceLocked;

  /**
   * Set by the first {@link #save()}: an error response's second before_finalize must not save
   * again.
   */
  private boolean saved;

  private Session(SessionOptions options, Request request, Response response) {
    this.options = options;
    this.request = request;
    this.response = response;
    String sent = options.cookie().read(request);
    this.originalId = sent;
    if (sent != null && sent.length() <= SessionCookie.MAX_ID_LENGTH && store().exists(sent)) {
      this.id = sent;
    } else {
      this.missing = sent != null;
      this.id = freshId();
    }
  }

  /** The session of {@code request}; fails where {@code tools.sessions} is not on. */
  public static Session of(Request request) {
    Object s = request.attribute(ATTRIBUTE);
    if (s == null) {
      throw new IllegalStateException(
          "No session for " + request.pathInfo() + ": set tools.sessions.on = True in its config.");
    }
    return (Session) s;
  }

  /** Starts the session of a request and sends its cookie: the tool's first hook. */
  static Session open(SessionOptions options, Request request, Response response) {
    Session s = new Session(options, request, response);
    request.setAttribute(ATTRIBUTE, s);
    s.sendCookie();
    return s;
  }

  /** The session of {@code request} if the tool opened one, else {@code null}. */
  static Session find(Request request) {
    return (Session) request.attribute(ATTRIBUTE);
  }

  public String id() {
    return id;
  }

  /**
   * The id the client's cookie carried, or {@code null}; differs from {@link #id()} when it was
   * replaced.
   */
  public String originalId() {
    return originalId;
  }

  /** Whether the client sent an id the store did not know, so a fresh one was issued. */
  public boolean isMissing() {
    return missing;
  }

  /** Whether {@link #regenerate()} was called in this request. */
  public boolean isRegenerated() {
    return regenerated;
  }

  /** Whether the data was read from the store in this request (only then it is saved). */
  public boolean isLoaded() {
    return data != null;
  }

  /** Whether this request holds the session's lock. */
  public boolean isLocked() {
    return lock != null;
  }

  /** The timeout of the session's data and cookie, in minutes. */
  public double timeoutMinutes() {
    return options.timeout().toMillis() / 60_000.0;
  }

  public Object get(String key) {
    return data().get(key);
  }

  public Object get(String key, Object fallback) {
    return data().getOrDefault(key, fallback);
  }

  /** The whole number stored under {@code key}, or {@code fallback} when there is none. */
  public int getInt(String key, int fallback) {
    Object v = get(key);
    return v instanceof Number ? ((Number) v).intValue() : fallback;
  }

  /** The whole number stored under {@code key}, or {@code fallback} when there is none. */
  public long getLong(String key, long fallback) {
    Object v = get(key);
    return v instanceof Number ? ((Number) v).longValue() : fallback;
  }

  /** The text stored under {@code key}, or {@code fallback} when there is none. */
  public String getString(String key, String fallback) {
    Object v = get(key);
    return v == null ? fallback : v.toString();
  }

  /** Stores {@code value} under {@code key}; returns the value it replaces. */
  public Object put(String key, Object value) {
    store().checkValue(key, value);
    return data().put(key, value);
  }

  public Object remove(String key) {
    return data().remove(key);
  }

  public boolean containsKey(String key) {
    return data().containsKey(key);
  }

  /** The keys, as a read-only view. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(data().keySet());
  }

  public int size() {
    return data().size();
  }

  public boolean isEmpty() {
    return data().isEmpty();
  }

  public void clear() {
    data().clear();
  }

  /**
   * Moves the session to a fresh id and sends the new cookie (call it on login, against session
   * fixation). The data stored under the old id is deleted: data read in this request is saved
   * under the new id, data not read is lost, as in CherryPy. A held lock moves to the new id.
   */
  public void regenerate() {
    regenerated = true;
    guarded(() -> store().delete(id));
    boolean wasLocked = isLocked();
    if (wasLocked) {
      releaseLock();
    }
    id = freshId();
    if (wasLocked) {
      acquireLock();
    }
    sendCookie();
  }

  /**
   * Tells the client to forget the session: the cookie is sent expired a year ago. The stored data
   * is left to time out (CherryPy's {@code lib.sessions.expire()}); call {@link #delete()} to drop
   * it now.
   */
  public void expire() {
    options.cookie().sendExpired(request, response, id);
  }

  /** Deletes the stored data now; nothing is saved for this request. */
  public void delete() {
    guarded(() -> store().delete(id));
    data = null;
    deletedSinceLocked = true;
  }

  /**
   * Takes the session's lock (a no-op when held): only for {@code tools.sessions.locking =
   * 'explicit'}.
   */
  public void acquireLock() {
    if (lock == null) {
      guarded(() -> lock = store().lock(id, options.lockTimeout()));
      deletedSinceLocked = false;
    }
  }

  /** Releases the session's lock if this request holds it. */
  public void releaseLock() {
    if (lock != null) {
      SessionStore.SessionLock held = lock;
      lock = null;
      held.release();
    }
  }

  /**
   * Saves the data if it was read, under the lock if one is held (a store may fence the write with
   * it), then releases the lock: the tool's before_finalize hook; once. A failed release does not
   * undo a kept save: it is logged, and the answer stays the handler's.
   */
  void save() {
    if (saved) {
      return;
    }
    saved = true;
    try {
      if (data != null) {
        SessionStore.SessionLock held = lock;
        guarded(
            () -> {
              if (held == null) {
                store().save(id, data, options.timeout());
              } else {
                store().save(id, data, options.timeout(), held);
              }
            });
      }
    } finally {
      try {
        releaseLock();
      } catch (RuntimeException e) {
        LOG.warn("Releasing the lock of session {} failed after its save", id, e);
      }
    }
  }

  private Map<String, Object> data() {
    if (data == null) {
      guarded(
          () -> {
            Map<String, Object> stored = store().load(id, deletedSinceLocked ? null : lock);
            data = stored == null ? new HashMap<>() : stored;
          });
    }
    return data;
  }

  /** Runs a store call; on a store fault the cookie of this request is taken back. */
  private void guarded(Runnable storeCall) {
    try {
      storeCall.run();
    } catch (SessionStoreException e) {
      options.cookie().withdraw(response);
      throw e;
    }
  }

  private void sendCookie() {
    options.cookie().send(request, response, id, options.timeout().toSeconds());
  }

  private SessionStore store() {
    return options.store();
  }

  private String freshId() {
    String fresh = RandomIds.sessionId();
    while (store().exists(fresh)) {
      fresh = RandomIds.sessionId();
    }
    return fresh;
  }
}
