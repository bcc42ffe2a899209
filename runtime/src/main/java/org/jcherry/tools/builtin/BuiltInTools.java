package org.jcherry.tools.builtin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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

  /** Every built-in tool by name, in CherryPy's order: the one list of their names. */
  private static final Map<String, Supplier<Tool>> MAKERS = makers();

  /** The default toolbox, {@code tools}: every built-in tool, each made when first asked for. */
  public static Toolbox toolbox() {
    return new Toolbox("tools", MAKERS);
  }

  private static Map<String, Supplier<Tool>> makers() {
    Map<String, Supplier<Tool>> m = new LinkedHashMap<>();
    m.put(
        "trailing_slash",
        () ->
            new HookTool("trailing_slash", HookPoint.BEFORE_HANDLER, 60, TrailingSlash::new)
                .nonBlocking());
    m.put("encode", () -> new HandlerWrapperTool("encode", 70, Encoder::new).nonBlocking());
    m.put(
        "log_tracebacks",
        () ->
            new HookTool("log_tracebacks", HookPoint.BEFORE_ERROR_RESPONSE, LogTracebacks::new)
                .nonBlocking());
    m.put(
        "log_headers",
        () ->
            new HookTool("log_headers", HookPoint.BEFORE_ERROR_RESPONSE, LogHeaders::new)
                .nonBlocking());
    m.put(
        "decode",
        () -> new HookTool("decode", HookPoint.BEFORE_REQUEST_BODY, Decode::new).nonBlocking());
    m.put(
        "gzip", () -> new HookTool("gzip", HookPoint.BEFORE_FINALIZE, 80, Gzip::new).nonBlocking());
    m.put(
        "etags",
        () -> new HookTool("etags", HookPoint.BEFORE_FINALIZE, 75, Etags::new).nonBlocking());
    m.put(
        "expires",
        () -> new HookTool("expires", HookPoint.BEFORE_FINALIZE, Expires::new).nonBlocking());
    m.put("flatten", () -> new HookTool("flatten", HookPoint.BEFORE_FINALIZE, Flatten::new));
    m.put(
        "allow",
        () -> new HookTool("allow", HookPoint.ON_START_RESOURCE, Allow::new).nonBlocking());
    m.put(
        "accept",
        () -> new HookTool("accept", HookPoint.ON_START_RESOURCE, Accept::new).nonBlocking());
    m.put(
        "redirect",
        () -> new HookTool("redirect", HookPoint.ON_START_RESOURCE, Redirect::new).nonBlocking());
    m.put(
        "response_headers",
        () ->
            new HookTool("response_headers", HookPoint.ON_START_RESOURCE, ResponseHeaders::new)
                .failsafe()
                .nonBlocking());
    m.put("err_redirect", () -> new ErrorTool("err_redirect", Redirect::new));
    m.put(
        "proxy",
        () -> new HookTool("proxy", HookPoint.BEFORE_REQUEST_BODY, 30, Proxy::new).nonBlocking());
    m.put("csrf", () -> new HookTool("csrf", HookPoint.BEFORE_HANDLER, 40, Csrf::new));
    m.put(
        "referer",
        () -> new HookTool("referer", HookPoint.BEFORE_REQUEST_BODY, Referer::new).nonBlocking());
    m.put(
        "ignore_headers",
        () ->
            new HookTool("ignore_headers", HookPoint.BEFORE_REQUEST_BODY, IgnoreHeaders::new)
                .nonBlocking());
    m.put(
        "json_in",
        () ->
            new HookTool("json_in", HookPoint.BEFORE_REQUEST_BODY, 30, JsonIn::new).nonBlocking());
    m.put("json_out", () -> new HandlerWrapperTool("json_out", 30, JsonOut::new).nonBlocking());
    m.put("staticdir", () -> new HandlerTool("staticdir", StaticDir::new));
    m.put("staticfile", () -> new HandlerTool("staticfile", StaticFile::new));
    m.put("openapi", () -> new HandlerTool("openapi", OpenApi::new)); // not in CherryPy
    m.put(
        "auth_basic",
        () -> new HookTool("auth_basic", HookPoint.BEFORE_HANDLER, 1, BasicAuth::new));
    m.put(
        "auth_digest",
        () -> new HookTool("auth_digest", HookPoint.BEFORE_HANDLER, 1, DigestAuth::new));
    m.put("caching", () -> new CachingTool());
    m.put("autovary", () -> new AutovaryTool());
    m.put("cpstats", () -> new StatsTool());
    m.put("sessions", () -> new SessionsTool());
    m.put(
        "session_auth",
        () -> new HookTool("session_auth", HookPoint.BEFORE_HANDLER, 55, SessionAuthGate::new));
    return m;
  }
}
