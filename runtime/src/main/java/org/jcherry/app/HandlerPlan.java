package org.jcherry.app;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jcherry.config.ConfigScope;
import org.jcherry.config.Namespaces;
import org.jcherry.config.RequestKeys;
import org.jcherry.config.Setting;
import org.jcherry.http.BodyReader;
import org.jcherry.http.Charsets;
import org.jcherry.http.ErrorPages;
import org.jcherry.http.Request;
import org.jcherry.http.RequestPlan;
import org.jcherry.internal.BoundHandler;
import org.jcherry.internal.PageHandler;
import org.jcherry.tools.Hook;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.HookMap;
import org.jcherry.tools.HookPoint;
import org.jcherry.tools.Tool;
import org.jcherry.tools.ToolArgs;
import org.jcherry.tools.Toolbox;

/**
 * Everything a request needs from its handler's config, worked out once per config scope and
 * shared: the merged config, the hook chain built from {@code tools.*} and {@code hooks.*}, the
 * {@code request.*} and {@code response.*} settings, and the error pages.
 */
final class HandlerPlan implements RequestPlan {
  final Map<String, Object> config;
  final HookMap hooks;
  final boolean showTracebacks;
  final boolean showMismatchedParams;
  final Set<String> methodsWithBodies;
  final boolean processRequestBody;
  final String queryStringEncoding;

  /** The charset of {@link #queryStringEncoding}, looked up once. */
  final Charset queryStringCharset;

  /** {@code response.headers.*}: headers every response of this handler starts with. */
  final List<String[]> defaultHeaders;

  final boolean stream;
  final ErrorPages errorPages;

  /** Reads bodies with {@code request.body.maxbytes} and {@code request.body.attempt_charsets}. */
  final BodyReader bodyReader;

  /**
   * {@code request.error_response}: makes the response for an unexpected exception, or {@code null}
   * for the 500 page.
   */
  final HookCallback errorResponse;

  private static final String HANDLER_CONFIG = "a handler's config (@CpConfig)";

  private static final Setting<List<String>> ATTEMPT_CHARSETS =
      Setting.names("request.body.attempt_charsets", BodyReader.DEFAULT_CHARSETS);

  private static final Setting<HookCallback> ERROR_RESPONSE =
      Setting.instanceOf(
          "request.error_response",
          HookCallback.class,
          "a HookCallback (request, response) -> { ... }",
          null);

  /** What the app's custom request namespaces planned for this config, run on each request. */
  final List<HookCallback> perRequest;

  /**
   * Whether nothing this plan runs may block: every tool it turns on says so ({@link Tool#blocks}),
   * and it has no user callbacks ({@code hooks.*}, {@code request.error_response}, request
   * namespaces) and no error pages (files, renderers). With a {@code @NonBlocking} handler, the
   * request may then be served on the IO thread.
   */
  final boolean neverBlocks;

  private HandlerPlan(Map<String, Object> config, Application app, List<Toolbox> toolboxes) {
    RequestKeys.check(config, HANDLER_CONFIG);
    this.config = config;
    this.showTracebacks = RequestKeys.SHOW_TRACEBACKS.from(config, HANDLER_CONFIG);
    this.showMismatchedParams = RequestKeys.SHOW_MISMATCHED_PARAMS.from(config, HANDLER_CONFIG);
    this.processRequestBody = RequestKeys.PROCESS_REQUEST_BODY.from(config, HANDLER_CONFIG);
    this.queryStringEncoding = RequestKeys.QUERY_STRING_ENCODING.from(config, HANDLER_CONFIG);
    Charset qsCharset = Charsets.lookup(queryStringEncoding);
    this.queryStringCharset = qsCharset != null ? qsCharset : StandardCharsets.UTF_8;
    this.stream = RequestKeys.STREAM.from(config, HANDLER_CONFIG);
    this.methodsWithBodies =
        Set.copyOf(RequestKeys.METHODS_WITH_BODIES.from(config, HANDLER_CONFIG));
    this.bodyReader =
        new BodyReader(
            RequestKeys.BODY_MAXBYTES.from(config, HANDLER_CONFIG),
            ATTEMPT_CHARSETS.from(config, HANDLER_CONFIG));
    this.defaultHeaders = new ArrayList<>();
    for (Map.Entry<String, Object> e : config.entrySet()) {
      String k = e.getKey();
      if (k.startsWith("response.headers.") && e.getValue() != null) {
        defaultHeaders.add(
            new String[] {k.substring("response.headers.".length()), e.getValue().toString()});
      }
    }
    this.errorPages = ErrorPages.of(config, HANDLER_CONFIG);
    List<Tool> toolsOn = new ArrayList<>();
    this.hooks = buildHooks(config, toolboxes, toolsOn);
    // An error tool (err_redirect) replaces request.error_response, as its setup runs after config.
    this.errorResponse =
        hooks.errorResponse() != null
            ? hooks.errorResponse()
            : ERROR_RESPONSE.from(config, HANDLER_CONFIG);
    this.perRequest = perRequest(config, app.requestNamespaces());
    this.neverBlocks =
        toolsOn.stream().noneMatch(Tool::blocks)
            && config.keySet().stream().noneMatch(k -> k.startsWith("hooks."))
            && errorResponse == null
            && perRequest.isEmpty()
            && errorPages == ErrorPages.NONE;
  }

  /**
   * Whether a request dispatched to {@code handler} under this plan may be served on the IO thread:
   * the handler is declared {@code @NonBlocking} and nothing in the plan may block.
   */
  boolean servesOnIoThread(BoundHandler<?> handler) {
    return handler != null && servesOnIoThread(handler.handler());
  }

  /** {@link #servesOnIoThread(BoundHandler)} for a handler of a table, on whatever node. */
  boolean servesOnIoThread(PageHandler<?> handler) {
    return neverBlocks && handler.neverBlocks();
  }

  /** Whether the body of {@code request} is read into its params before the handler is called. */
  boolean processesBody(Request request) {
    return processRequestBody && methodsWithBodies.contains(request.method());
  }

  /** The plan of {@code scope} in {@code app}, built on first use. */
  static HandlerPlan of(ConfigScope scope, Application app) {
    return of(scope, app, app.toolboxes());
  }

  /** The plan of {@code scope} in {@code app} with {@code toolboxes}, built on first use. */
  static HandlerPlan of(ConfigScope scope, Application app, List<Toolbox> toolboxes) {
    Key key = app.planKeys.of(toolboxes, app.requestNamespaces());
    return scope.derive(key, key);
  }

  /**
   * Plans are kept per toolbox list and request namespaces: adding either to an app (both are
   * replaced, never changed) makes new plans. Keys compare by identity, so the per-request lookup
   * hashes nothing; {@link Keys#of} hands out one key per pair. A key also makes the plans it keys,
   * so that looking one up allocates nothing (no lambda per request).
   */
  private static final class Key implements Function<ConfigScope, HandlerPlan> {
    private final Application app;
    private final List<Toolbox> toolboxes;
    private final Map<String, RequestNamespace> namespaces;

    private Key(
        Application app, List<Toolbox> toolboxes, Map<String, RequestNamespace> namespaces) {
      this.app = app;
      this.toolboxes = toolboxes;
      this.namespaces = namespaces;
    }

    @Override
    public HandlerPlan apply(ConfigScope scope) {
      return new HandlerPlan(scope.merged(), app, toolboxes);
    }
  }

  /**
   * The plan keys of one application, which it owns (and drops with itself): a handful (one per
   * toolbox or namespace change), so no process-wide registry grows with every app mounted.
   */
  static final class Keys {
    private final Application app;
    private volatile Key last;
    private final List<Key> known = new ArrayList<>();

    Keys(Application app) {
      this.app = app;
    }

    private Key of(List<Toolbox> toolboxes, Map<String, RequestNamespace> namespaces) {
      Key k = last;
      if (k != null && k.toolboxes == toolboxes && k.namespaces == namespaces) {
        return k;
      }
      synchronized (this) {
        for (Key seen : known) {
          if (seen.toolboxes == toolboxes && seen.namespaces == namespaces) {
            last = seen;
            return seen;
          }
        }
        k = new Key(app, toolboxes, namespaces);
        known.add(k);
        last = k;
        return k;
      }
    }
  }

  private static List<HookCallback> perRequest(
      Map<String, Object> config, Map<String, RequestNamespace> namespaces) {
    List<HookCallback> out = new ArrayList<>();
    for (Map.Entry<String, RequestNamespace> ns : namespaces.entrySet()) {
      Map<String, Object> entries = Namespaces.entriesOf(ns.getKey(), config);
      HookCallback action = entries.isEmpty() ? null : ns.getValue().plan(entries);
      if (action != null) {
        out.add(action);
      }
    }
    return List.copyOf(out);
  }

  /** The error page configured for {@code code}, or {@code null} for the default page. */
  Object errorPage(int code) {
    return errorPages.forCode(code);
  }

  @Override
  public Map<String, Object> config() {
    return config;
  }

  @Override
  public boolean showTracebacks() {
    return showTracebacks;
  }

  @Override
  public boolean showMismatchedParams() {
    return showMismatchedParams;
  }

  @Override
  public ErrorPages errorPages() {
    return errorPages;
  }

  /** The hook chain of {@code config}; adds every tool it turns on to {@code toolsOn}. */
  private static HookMap buildHooks(
      Map<String, Object> config, List<Toolbox> toolboxes, List<Tool> toolsOn) {
    HookMap.Builder hooks = HookMap.builder();
    for (Toolbox box : toolboxes) {
      String prefix = box.namespace() + ".";
      Map<String, Map<String, Object>> byTool = new TreeMap<>();
      for (Map.Entry<String, Object> e : config.entrySet()) {
        String k = e.getKey();
        int dot = k.indexOf('.', prefix.length());
        if (k.startsWith(prefix) && dot > 0) {
          byTool
              .computeIfAbsent(k.substring(prefix.length(), dot), t -> new LinkedHashMap<>())
              .put(k.substring(dot + 1), e.getValue());
        }
      }
      for (Map.Entry<String, Map<String, Object>> t : byTool.entrySet()) {
        Map<String, Object> args = new LinkedHashMap<>(t.getValue());
        if (!Setting.bool(prefix + t.getKey() + ".on", false)
            .read(args.remove("on"), HANDLER_CONFIG)) {
          continue;
        }
        Tool tool = box.get(t.getKey());
        if (tool == null) {
          throw new IllegalStateException(
              "No tool named '"
                  + t.getKey()
                  + "' in "
                  + box.namespace()
                  + " (config "
                  + prefix
                  + t.getKey()
                  + ".on); known tools: "
                  + String.join(", ", box.names()));
        }
        tool.attach(hooks, new ToolArgs(box.namespace(), t.getKey(), args));
        toolsOn.add(tool);
      }
    }
    for (Map.Entry<String, Object> e : config.entrySet()) {
      String k = e.getKey();
      if (!k.startsWith("hooks.")) {
        continue;
      }
      String rest = k.substring("hooks.".length());
      int dot = rest.indexOf('.');
      String pointName = dot < 0 ? rest : rest.substring(0, dot);
      HookPoint point = HookPoint.byConfigName(pointName);
      if (point == null) {
        throw new IllegalStateException(
            "Config " + k + " names no hook point; use one of " + List.of(HookPoint.values()));
      }
      Object v = e.getValue();
      if (v instanceof Hook) {
        hooks.attach((Hook) v);
      } else if (v instanceof HookCallback) {
        hooks.attach(point, Hook.DEFAULT_PRIORITY, k, (HookCallback) v);
      } else {
        throw new IllegalStateException(
            "Config " + k + " must be a HookCallback or a Hook, not " + v);
      }
    }
    return hooks.build();
  }
}
