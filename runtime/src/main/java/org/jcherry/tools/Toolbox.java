package org.jcherry.tools;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jcherry.tools.auth.BasicAuthTool;
import org.jcherry.tools.auth.DigestAuthTool;
import org.jcherry.tools.caching.CachingTool;
import org.jcherry.tools.json.JsonInTool;
import org.jcherry.tools.json.JsonOutTool;
import org.jcherry.tools.statics.StaticDirTool;
import org.jcherry.tools.statics.StaticFileTool;
import org.jcherry.session.SessionAuthTool;
import org.jcherry.session.SessionsTool;

/**
 * A namespace of tools, CherryPy's {@code Toolbox}: {@code tools} holds the built-in ones; an
 * application may register more toolboxes with their own namespace.
 */
public final class Toolbox {
  private final String namespace;
  private final Map<String, Tool> tools = new ConcurrentHashMap<>();

  public Toolbox(String namespace) {
    this.namespace = namespace;
  }

  /**
   * The default toolbox, {@code tools}, with every built-in tool (section 4 of the behaviour
   * reference; sessions live in their own package). CherryPy's {@code tools.params} has no tool here:
   * the processor generates each handler's parameter conversion, and a value that does not convert
   * is a 404 (400 from the body) before the handler runs.
   */
  public static Toolbox builtIn() {
    Toolbox box = new Toolbox("tools");
    box.register(new HookTool("trailing_slash", HookPoint.BEFORE_HANDLER, 60, TrailingSlashTool::new));
    box.register(new HandlerWrapperTool("encode", 70, EncodeTool::new));
    box.register(new HookTool("log_tracebacks", HookPoint.BEFORE_ERROR_RESPONSE, LogTracebacksTool::new));
    box.register(new HookTool("log_headers", HookPoint.BEFORE_ERROR_RESPONSE, LogHeadersTool::new));
    box.register(new HookTool("decode", HookPoint.BEFORE_REQUEST_BODY, DecodeTool::new));
    box.register(new HookTool("gzip", HookPoint.BEFORE_FINALIZE, 80, GzipTool::new));
    box.register(new HookTool("etags", HookPoint.BEFORE_FINALIZE, 75, EtagsTool::new));
    box.register(new HookTool("expires", HookPoint.BEFORE_FINALIZE, ExpiresTool::new));
    box.register(new HookTool("flatten", HookPoint.BEFORE_FINALIZE, FlattenTool::new));
    box.register(new HookTool("allow", HookPoint.ON_START_RESOURCE, AllowTool::new));
    box.register(new HookTool("accept", HookPoint.ON_START_RESOURCE, AcceptTool::new));
    box.register(new HookTool("redirect", HookPoint.ON_START_RESOURCE, RedirectTool::new));
    box.register(new HookTool("response_headers", HookPoint.ON_START_RESOURCE, ResponseHeadersTool::new).failsafe());
    box.register(new ErrorTool("err_redirect", RedirectTool::new));
    box.register(new HookTool("proxy", HookPoint.BEFORE_REQUEST_BODY, 30, ProxyTool::new));
    box.register(new HookTool("referer", HookPoint.BEFORE_REQUEST_BODY, RefererTool::new));
    box.register(new HookTool("ignore_headers", HookPoint.BEFORE_REQUEST_BODY, IgnoreHeadersTool::new));
    box.register(new HookTool("json_in", HookPoint.BEFORE_REQUEST_BODY, 30, JsonInTool::new));
    box.register(new HandlerWrapperTool("json_out", 30, JsonOutTool::new));
    box.register(new HandlerTool("staticdir", StaticDirTool::new));
    box.register(new HandlerTool("staticfile", StaticFileTool::new));
    box.register(new HookTool("auth_basic", HookPoint.BEFORE_HANDLER, 1, BasicAuthTool::new));
    box.register(new HookTool("auth_digest", HookPoint.BEFORE_HANDLER, 1, DigestAuthTool::new));
    box.register(new CachingTool());
    box.register(new AutovaryTool());
    box.register(new StatsTool());
    box.register(new SessionsTool());
    box.register(new HookTool("session_auth", HookPoint.BEFORE_HANDLER, 55, SessionAuthTool::new));
    return box;
  }

  public String namespace() {
    return namespace;
  }

  public Toolbox register(Tool tool) {
    tools.put(tool.name(), tool);
    return this;
  }

  public Tool get(String name) {
    return tools.get(name);
  }

  /** Tool names, sorted, for messages. */
  public Iterable<String> names() {
    return new TreeMap<>(tools).keySet();
  }
}
