package org.jcherry.tools.builtin;

import java.util.List;
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

  /** Every built-in tool's name, in CherryPy's order. */
  static final List<String> NAMES =
      List.of(
          "trailing_slash",
          "encode",
          "log_tracebacks",
          "log_headers",
          "decode",
          "gzip",
          "etags",
          "expires",
          "flatten",
          "allow",
          "accept",
          "redirect",
          "response_headers",
          "err_redirect",
          "proxy",
          "csrf",
          "referer",
          "ignore_headers",
          "json_in",
          "json_out",
          "staticdir",
          "staticfile",
          "openapi",
          "auth_basic",
          "auth_digest",
          "caching",
          "autovary",
          "cpstats",
          "sessions",
          "session_auth");

  /** The default toolbox, {@code tools}: every built-in tool, each made when first asked for. */
  public static Toolbox toolbox() {
    return new Toolbox("tools", NAMES, BuiltInTools::make);
  }

  /**
   * The built-in tool named {@code name}, or {@code null}. A switch rather than a map of makers:
   * each maker would be a lambda linked at start-up, though an app turns on only a few tools.
   */
  static Tool make(String name) {
    return switch (name) {
      case "trailing_slash" ->
          new HookTool("trailing_slash", HookPoint.BEFORE_HANDLER, 60, TrailingSlash::new)
              .nonBlocking();
      case "encode" -> new HandlerWrapperTool("encode", 70, Encoder::new).nonBlocking();
      case "log_tracebacks" ->
          new HookTool("log_tracebacks", HookPoint.BEFORE_ERROR_RESPONSE, LogTracebacks::new)
              .nonBlocking();
      case "log_headers" ->
          new HookTool("log_headers", HookPoint.BEFORE_ERROR_RESPONSE, LogHeaders::new)
              .nonBlocking();
      case "decode" ->
          new HookTool("decode", HookPoint.BEFORE_REQUEST_BODY, Decode::new).nonBlocking();
      case "gzip" -> new HookTool("gzip", HookPoint.BEFORE_FINALIZE, 80, Gzip::new).nonBlocking();
      case "etags" ->
          new HookTool("etags", HookPoint.BEFORE_FINALIZE, 75, Etags::new).nonBlocking();
      case "expires" ->
          new HookTool("expires", HookPoint.BEFORE_FINALIZE, Expires::new).nonBlocking();
      case "flatten" -> new HookTool("flatten", HookPoint.BEFORE_FINALIZE, Flatten::new);
      case "allow" -> new HookTool("allow", HookPoint.ON_START_RESOURCE, Allow::new).nonBlocking();
      case "accept" ->
          new HookTool("accept", HookPoint.ON_START_RESOURCE, Accept::new).nonBlocking();
      case "redirect" ->
          new HookTool("redirect", HookPoint.ON_START_RESOURCE, Redirect::new).nonBlocking();
      case "response_headers" ->
          new HookTool("response_headers", HookPoint.ON_START_RESOURCE, ResponseHeaders::new)
              .failsafe()
              .nonBlocking();
      case "err_redirect" -> new ErrorTool("err_redirect", Redirect::new);
      case "proxy" ->
          new HookTool("proxy", HookPoint.BEFORE_REQUEST_BODY, 30, Proxy::new).nonBlocking();
      case "csrf" -> new HookTool("csrf", HookPoint.BEFORE_HANDLER, 40, Csrf::new);
      case "referer" ->
          new HookTool("referer", HookPoint.BEFORE_REQUEST_BODY, Referer::new).nonBlocking();
      case "ignore_headers" ->
          new HookTool("ignore_headers", HookPoint.BEFORE_REQUEST_BODY, IgnoreHeaders::new)
              .nonBlocking();
      case "json_in" ->
          new HookTool("json_in", HookPoint.BEFORE_REQUEST_BODY, 30, JsonIn::new).nonBlocking();
      case "json_out" -> new HandlerWrapperTool("json_out", 30, JsonOut::new).nonBlocking();
      case "staticdir" -> new HandlerTool("staticdir", StaticDir::new);
      case "staticfile" -> new HandlerTool("staticfile", StaticFile::new);
      case "openapi" -> new HandlerTool("openapi", OpenApi::new);
      case "auth_basic" -> new HookTool("auth_basic", HookPoint.BEFORE_HANDLER, 1, BasicAuth::new);
      case "auth_digest" ->
          new HookTool("auth_digest", HookPoint.BEFORE_HANDLER, 1, DigestAuth::new);
      case "caching" -> new CachingTool();
      case "autovary" -> new AutovaryTool();
      case "cpstats" -> new StatsTool();
      case "sessions" -> new SessionsTool();
      case "session_auth" ->
          new HookTool("session_auth", HookPoint.BEFORE_HANDLER, 55, SessionAuthGate::new);
      default -> null;
    };
  }
}
