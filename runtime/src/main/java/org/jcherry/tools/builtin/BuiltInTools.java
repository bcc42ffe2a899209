package org.jcherry.tools.builtin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcherry.session.SessionAuthGate;
import org.jcherry.session.SessionsTool;
import org.jcherry.tools.ErrorTool;
import org.jcherry.tools.HandlerTool;
import org.jcherry.tools.HandlerWrapperTool;
import org.jcherry.tools.HookPoint;
import org.jcherry.tools.HookTool;
import org.jcherry.tools.Tool;
import org.jcherry.tools.Toolbox;
import org.jcherry.tools.auth.BasicAuth;
import org.jcherry.tools.auth.DigestAuth;
import org.jcherry.tools.caching.CachingTool;
import org.jcherry.tools.json.JsonIn;
import org.jcherry.tools.json.JsonOut;
import org.jcherry.tools.statics.StaticDir;
import org.jcherry.tools.statics.StaticFile;

/**
 * The built-in tools of the {@code tools} namespace (section 4 of the behaviour reference; sessions
 * live in their own package), made on first use: an application loads only the tools its config
 * turns on. CherryPy's {@code tools.params} has no tool here: the processor generates each
 * handler's parameter conversion, and a value that does not convert is a 404 (400 from the body)
 * before the handler runs.
 *
 * <p>The tools marked {@code nonBlocking()} only compute on what the request and response hold, so
 * a {@code @NonBlocking} handler that uses them may still run on the IO thread; json_in is one,
 * since the server serves a request there only with its body whole in memory. The others wait on a
 * store, a file, another thread or user code (sessions, static files, caching, auth callbacks,
 * flatten's body iterator) and send their handlers to a worker.
 */
public final class BuiltInTools {
  private BuiltInTools() {}

  /**
   * The built-in tools, in CherryPy's order: the one list of their names, each the constant's in
   * lower case ({@code TRAILING_SLASH} is {@code tools.trailing_slash}).
   */
  private enum Name {
    TRAILING_SLASH,
    ENCODE,
    LOG_TRACEBACKS,
    LOG_HEADERS,
    DECODE,
    GZIP,
    ETAGS,
    EXPIRES,
    FLATTEN,
    ALLOW,
    ACCEPT,
    REDIRECT,
    RESPONSE_HEADERS,
    ERR_REDIRECT,
    PROXY,
    CSRF,
    REFERER,
    IGNORE_HEADERS,
    JSON_IN,
    JSON_OUT,
    STATICDIR,
    STATICFILE,
    OPENAPI, // not in CherryPy
    AUTH_BASIC,
    AUTH_DIGEST,
    CACHING,
    AUTOVARY,
    CPSTATS,
    SESSIONS,
    SESSION_AUTH;

    final String config = name().toLowerCase(Locale.ROOT);
  }

  private static final Map<String, Name> BY_NAME = byName();

  /** Every built-in tool's name, in CherryPy's order. */
  static final List<String> NAMES = List.copyOf(BY_NAME.keySet());

  /** The default toolbox, {@code tools}: every built-in tool, each made when first asked for. */
  public static Toolbox toolbox() {
    return new Toolbox("tools", NAMES, BuiltInTools::make);
  }

  private static Map<String, Name> byName() {
    Map<String, Name> out = new LinkedHashMap<>();
    for (Name n : Name.values()) {
      out.put(n.config, n);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The built-in tool named {@code name}, or {@code null}. A switch rather than a map of makers:
   * each maker would be a lambda linked at start-up, though an app turns on only a few tools; the
   * switch covers every {@link Name}, or javac refuses it.
   */
  static Tool make(String name) {
    Name n = BY_NAME.get(name);
    if (n == null) {
      return null;
    }
    String t = n.config;
    return switch (n) {
      case TRAILING_SLASH ->
          new HookTool(t, HookPoint.BEFORE_HANDLER, 60, TrailingSlash::new).nonBlocking();
      case ENCODE -> new HandlerWrapperTool(t, 70, Encoder::new).nonBlocking();
      case LOG_TRACEBACKS ->
          new HookTool(t, HookPoint.BEFORE_ERROR_RESPONSE, LogTracebacks::new).nonBlocking();
      case LOG_HEADERS ->
          new HookTool(t, HookPoint.BEFORE_ERROR_RESPONSE, LogHeaders::new).nonBlocking();
      case DECODE -> new HookTool(t, HookPoint.BEFORE_REQUEST_BODY, Decode::new).nonBlocking();
      case GZIP -> new HookTool(t, HookPoint.BEFORE_FINALIZE, 80, Gzip::new).nonBlocking();
      case ETAGS -> new HookTool(t, HookPoint.BEFORE_FINALIZE, 75, Etags::new).nonBlocking();
      case EXPIRES -> new HookTool(t, HookPoint.BEFORE_FINALIZE, Expires::new).nonBlocking();
      case FLATTEN -> new HookTool(t, HookPoint.BEFORE_FINALIZE, Flatten::new);
      case ALLOW -> new HookTool(t, HookPoint.ON_START_RESOURCE, Allow::new).nonBlocking();
      case ACCEPT -> new HookTool(t, HookPoint.ON_START_RESOURCE, Accept::new).nonBlocking();
      case REDIRECT -> new HookTool(t, HookPoint.ON_START_RESOURCE, Redirect::new).nonBlocking();
      case RESPONSE_HEADERS ->
          new HookTool(t, HookPoint.ON_START_RESOURCE, ResponseHeaders::new)
              .failsafe()
              .nonBlocking();
      case ERR_REDIRECT -> new ErrorTool(t, Redirect::new);
      case PROXY -> new HookTool(t, HookPoint.BEFORE_REQUEST_BODY, 30, Proxy::new).nonBlocking();
      case CSRF -> new HookTool(t, HookPoint.BEFORE_HANDLER, 40, Csrf::new);
      case REFERER -> new HookTool(t, HookPoint.BEFORE_REQUEST_BODY, Referer::new).nonBlocking();
      case IGNORE_HEADERS ->
          new HookTool(t, HookPoint.BEFORE_REQUEST_BODY, IgnoreHeaders::new).nonBlocking();
      case JSON_IN -> new HookTool(t, HookPoint.BEFORE_REQUEST_BODY, 30, JsonIn::new).nonBlocking();
      case JSON_OUT -> new HandlerWrapperTool(t, 30, JsonOut::new).nonBlocking();
      case STATICDIR -> new HandlerTool(t, StaticDir::new);
      case STATICFILE -> new HandlerTool(t, StaticFile::new);
      case OPENAPI -> new HandlerTool(t, OpenApi::new);
      case AUTH_BASIC -> new HookTool(t, HookPoint.BEFORE_HANDLER, 1, BasicAuth::new);
      case AUTH_DIGEST -> new HookTool(t, HookPoint.BEFORE_HANDLER, 1, DigestAuth::new);
      case CACHING -> new CachingTool();
      case AUTOVARY -> new AutovaryTool();
      case CPSTATS -> new StatsTool();
      case SESSIONS -> new SessionsTool();
      case SESSION_AUTH -> new HookTool(t, HookPoint.BEFORE_HANDLER, 55, SessionAuthGate::new);
    };
  }
}
