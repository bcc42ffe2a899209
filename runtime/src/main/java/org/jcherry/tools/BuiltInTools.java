package org.jcherry.tools;

import java.util.List;
import org.jcherry.session.SessionAuthTool;
import org.jcherry.session.SessionsTool;
import org.jcherry.tools.auth.BasicAuthTool;
import org.jcherry.tools.auth.DigestAuthTool;
import org.jcherry.tools.caching.CachingTool;
import org.jcherry.tools.json.JsonInTool;
import org.jcherry.tools.json.JsonOutTool;
import org.jcherry.tools.statics.StaticDirTool;
import org.jcherry.tools.statics.StaticFileTool;

/**
 * The built-in tools of the {@code tools} namespace (section 4 of the behaviour reference; sessions
 * live in their own package), made on first use: an application loads only the tools its config
 * turns on. CherryPy's {@code tools.params} has no tool here: the processor generates each
 * handler's parameter conversion, and a value that does not convert is a 404 (400 from the body)
 * before the handler runs.
 */
final class BuiltInTools {
  private BuiltInTools() {}

  /** Every built-in name, for messages. */
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
          "referer",
          "ignore_headers",
          "json_in",
          "json_out",
          "staticdir",
          "staticfile",
          "auth_basic",
          "auth_digest",
          "caching",
          "autovary",
          "cpstats",
          "sessions",
          "session_auth");

  /** The built-in tool {@code name}, new, or {@code null} when there is none. */
  static Tool create(String name) {
    switch (name) {
      case "trailing_slash":
        return new HookTool("trailing_slash", HookPoint.BEFORE_HANDLER, 60, TrailingSlashTool::new);
      case "encode":
        return new HandlerWrapperTool("encode", 70, EncodeTool::new);
      case "log_tracebacks":
        return new HookTool(
            "log_tracebacks", HookPoint.BEFORE_ERROR_RESPONSE, LogTracebacksTool::new);
      case "log_headers":
        return new HookTool("log_headers", HookPoint.BEFORE_ERROR_RESPONSE, LogHeadersTool::new);
      case "decode":
        return new HookTool("decode", HookPoint.BEFORE_REQUEST_BODY, DecodeTool::new);
      case "gzip":
        return new HookTool("gzip", HookPoint.BEFORE_FINALIZE, 80, GzipTool::new);
      case "etags":
        return new HookTool("etags", HookPoint.BEFORE_FINALIZE, 75, EtagsTool::new);
      case "expires":
        return new HookTool("expires", HookPoint.BEFORE_FINALIZE, ExpiresTool::new);
      case "flatten":
        return new HookTool("flatten", HookPoint.BEFORE_FINALIZE, FlattenTool::new);
      case "allow":
        return new HookTool("allow", HookPoint.ON_START_RESOURCE, AllowTool::new);
      case "accept":
        return new HookTool("accept", HookPoint.ON_START_RESOURCE, AcceptTool::new);
      case "redirect":
        return new HookTool("redirect", HookPoint.ON_START_RESOURCE, RedirectTool::new);
      case "response_headers":
        return new HookTool(
                "response_headers", HookPoint.ON_START_RESOURCE, ResponseHeadersTool::new)
            .failsafe();
      case "err_redirect":
        return new ErrorTool("err_redirect", RedirectTool::new);
      case "proxy":
        return new HookTool("proxy", HookPoint.BEFORE_REQUEST_BODY, 30, ProxyTool::new);
      case "referer":
        return new HookTool("referer", HookPoint.BEFORE_REQUEST_BODY, RefererTool::new);
      case "ignore_headers":
        return new HookTool(
            "ignore_headers", HookPoint.BEFORE_REQUEST_BODY, IgnoreHeadersTool::new);
      case "json_in":
        return new HookTool("json_in", HookPoint.BEFORE_REQUEST_BODY, 30, JsonInTool::new);
      case "json_out":
        return new HandlerWrapperTool("json_out", 30, JsonOutTool::new);
      case "staticdir":
        return new HandlerTool("staticdir", StaticDirTool::new);
      case "staticfile":
        return new HandlerTool("staticfile", StaticFileTool::new);
      case "auth_basic":
        return new HookTool("auth_basic", HookPoint.BEFORE_HANDLER, 1, BasicAuthTool::new);
      case "auth_digest":
        return new HookTool("auth_digest", HookPoint.BEFORE_HANDLER, 1, DigestAuthTool::new);
      case "caching":
        return new CachingTool();
      case "autovary":
        return new AutovaryTool();
      case "cpstats":
        return new StatsTool();
      case "sessions":
        return new SessionsTool();
      case "session_auth":
        return new HookTool("session_auth", HookPoint.BEFORE_HANDLER, 55, SessionAuthTool::new);
      default:
        return null;
    }
  }
}
