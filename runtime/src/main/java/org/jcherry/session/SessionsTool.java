package org.jcherry.session;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jcherry.tools.Hook;
import org.jcherry.tools.HookMap;
import org.jcherry.tools.HookPoint;
import org.jcherry.tools.Tool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.sessions}: a {@link Session} for every request below where it is on. Its arguments
 * are CherryPy's (cherrypy-behaviour.md section 6), with Java's stores:
 *
 * <ul>
 *   <li>{@code storage_type}: {@code 'ram'} (default), {@code 'file'} with {@code storage_path}, or
 *       {@code 'redis'} with {@code redis_url} (default {@code redis://127.0.0.1:6379}) and {@code
 *       redis_prefix} (default {@code jcherry:}); or {@code storage}, a {@link SessionStore}
 *       object, for any other store.
 *   <li>{@code timeout} (minutes, 60), {@code clean_freq} (minutes, 5; 0 for none), {@code
 *       lock_timeout} (seconds to wait for a session's lock, 60; then 503).
 *   <li>The cookie: {@code name} ({@code session_id}), {@code path}, {@code path_header}, {@code
 *       domain}, {@code secure}, {@code httponly}, {@code samesite}, {@code persistent} (true).
 *   <li>{@code locking}: {@code 'implicit'} (lock from before_handler until the session is saved),
 *       {@code 'early'} (from before_request_body), anything else explicit ({@link
 *       Session#acquireLock()}).
 * </ul>
 *
 * Hooks: open at before_request_body (50), lock at before_handler (50) or before_request_body (60),
 * save and unlock at before_finalize (failsafe), release a still-held lock at on_end_resource
 * (failsafe, 90).
 */
public final class SessionsTool implements Tool {
  private final SessionStores stores = new SessionStores();

  @Override
  public String name() {
    return "sessions";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    SessionStore store = store(args);
    SessionCookie cookie =
        new SessionCookie(
            args.string("name", "session_id"),
            args.string("path", null),
            args.string("path_header", null),
            args.string("domain", null),
            args.bool("secure", false),
            args.bool("httponly", false),
            args.string("samesite", null),
            args.bool("persistent", true));
    Duration timeout = args.duration("timeout", ChronoUnit.MINUTES, 60);
    if (timeout.isZero()) {
      throw new IllegalArgumentException(
          "tools.sessions.timeout must be a positive number of minutes, not "
              + args.raw("timeout"));
    }
    SessionOptions options =
        new SessionOptions(
            store, cookie, timeout, args.duration("lock_timeout", ChronoUnit.SECONDS, 60));
    String locking = args.string("locking", "implicit").toLowerCase(Locale.ROOT);
    stores.scheduleCleanUp(store, args.number("clean_freq", 5));
    args.bool("debug", false);
    args.checkNoOthers();

    hooks.attach(
        HookPoint.BEFORE_REQUEST_BODY,
        50,
        "sessions.init",
        (request, response) -> Session.open(options, request, response));
    if (locking.equals("implicit")) {
      hooks.attach(
          HookPoint.BEFORE_HANDLER,
          50,
          "sessions.acquire_lock",
          (request, response) -> Session.of(request).acquireLock());
    } else if (locking.equals("early")) {
      hooks.attach(
          HookPoint.BEFORE_REQUEST_BODY,
          60,
          "sessions.acquire_lock",
          (request, response) -> Session.of(request).acquireLock());
    }
    hooks.attach(
        new Hook(
            HookPoint.BEFORE_FINALIZE,
            Hook.DEFAULT_PRIORITY,
            true,
            "sessions.save",
            (request, response) -> {
              Session s = Session.find(request);
              if (s != null) {
                s.save();
              }
            }));
    hooks.attach(
        new Hook(
            HookPoint.ON_END_RESOURCE,
            90,
            true,
            "sessions.close",
            (request, response) -> {
              Session s = Session.find(request);
              if (s != null) {
                s.releaseLock();
              }
            }));
  }

  /** The engine started again: the clean-up of the stores resumes. */
  @Override
  public void start() {
    stores.start();
  }

  /** The engine stopped: the clean-up thread ends. */
  @Override
  public void stop() {
    stores.stop();
  }

  /** The engine exited: stores that hold connections close, and all are forgotten. */
  @Override
  public void close() {
    stores.close();
  }

  private SessionStore store(ToolArgs args) {
    SessionStore custom = args.value("storage", SessionStore.class, null);
    String type = args.oneOf("storage_type", "ram", "ram", "file", "redis");
    String path = args.string("storage_path", null);
    String url = args.string("redis_url", "redis://127.0.0.1:6379");
    String prefix = args.string("redis_prefix", "jcherry:");
    if (custom != null) {
      return custom;
    }
    switch (type) {
      case "ram":
        return stores.ram();
      case "file":
        if (path == null) {
          throw new IllegalArgumentException(
              "tools.sessions.storage_type 'file' needs tools.sessions.storage_path");
        }
        return stores.file(Path.of(path));
      default: // "redis": oneOf admits nothing else
        return stores.redis(URI.create(url), prefix);
    }
  }
}
