package org.jcherry.app;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jcherry.config.ConfigScope;
import org.jcherry.config.Namespaces;
import org.jcherry.config.RequestKeys;
import org.jcherry.http.BodyReader;
import org.jcherry.http.Charsets;
import org.jcherry.http.ErrorPage;
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
final class HandlerPlan {
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
  final Map<String, Object> errorPages;

  /** Reads bodies with {@code request.body.maxbytes} and {@code request.body.attempt_charsets}. */
  final BodyReader bodyReader;

  /**
   * {@code request.error_response}: makes the response for an unexpected exception, or {@code null}
   * for the 500 page.
   */
  final HookCallback errorResponse;

  /** What the app's custom request namespaces planned for this config, run on each request. */
  final List<HookCallback> perRequest;

  private HandlerPlan(Map<String, Object> config, Application app, List<Toolbox> toolboxes) {
    RequestKeys.check(config, "a handler's config (@CpConfig)");
    this.config = config;
    this.showTracebacks = bool(config, "request.show_tracebacks", true);
    this.showMismatchedParams = bool(config, "request.show_mismatched_params", true);
    this.processRequestBody = bool(config, "request.process_request_body", true);
    this.queryStringEncoding = string(config, "request.query_string_encoding", "utf8");
    Charset qsCharset = Charsets.lookup(queryStringEncoding);
    this.queryStringCharset = qsCharset != null ? qsCharset : StandardCharsets.UTF_8;
    this.stream = bool(config, "response.stream", false);
    this.methodsWithBodies = methods(config.get("request.methods_with_bodies"));
    this.bodyReader =
        new BodyReader(
            number(config, "request.body.maxbytes"),
            names(config.get("request.body.attempt_charsets"), BodyReader.DEFAULT_CHARSETS));
    this.defaultHeaders = new ArrayList<>();
    this.errorPages = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : config.entrySet()) {
      String k = e.getKey();
      if (k.startsWith("response.headers.") && e.getValue() != null) {
        defaultHeaders.add(
            new String[] {k.substring("response.headers.".length()), e.getValue().toString()});
      } else if (k.startsWith("error_page.")) {
        errorPages.put(errorPageCode(k), errorPage(k, e.getValue()));
      }
    }
    this.hooks = buildHooks(config, toolboxes);
    // An error tool (err_redirect) replaces request.error_response, as its setup runs after config.
    this.errorResponse =
        hooks.errorResponse() != null
            ? hooks.errorResponse()
            : errorResponse(config.get("request.error_response"));
    this.perRequest = perRequest(config, app.requestNamespaces());
  }

  /** The plan of {@code scope} in {@code app}, built on first use. */
  static HandlerPlan of(ConfigScope scope, Application app) {
    return of(scope, app, app.toolboxes());
  }

  /** The plan of {@code scope} in {@code app} with {@code toolboxes}, built on first use. */
  static HandlerPlan of(ConfigScope scope, Application app, List<Toolbox> toolboxes) {
    return scope.derive(
        app.planKeys.of(toolboxes, app.requestNamespaces()),
        s -> new HandlerPlan(s.merged(), app, toolboxes));
  }

  /**
   * Plans are kept per toolbox list and request namespaces: adding either to an app (both are
   * replaced, never changed) makes new plans. Keys compare by identity, so the per-request lookup
   * hashes nothing; {@link Keys#of} hands out one key per pair.
   */
  private static final class Key {
    private final List<Toolbox> toolboxes;
    private final Map<String, RequestNamespace> namespaces;

    private Key(List<Toolbox> toolboxes, Map<String, RequestNamespace> namespaces) {
      this.toolboxes = toolboxes;
      this.namespaces = namespaces;
    }
  }

  /**
   * The plan keys of one application, which it owns (and drops with itself): a handful (one per
   * toolbox or namespace change), so no process-wide registry grows with every app mounted.
   */
  static final class Keys {
    private volatile Key last;
    private final List<Key> known = new ArrayList<>();

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
        k = new Key(toolboxes, namespaces);
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

  /** {@code error_page.404} gives {@code "404"}: a 4xx/5xx code or {@code default}. */
  private static String errorPageCode(String key) {
    String code = key.substring("error_page.".length());
    if (!code.equals("default") && !code.matches("[45][0-9][0-9]")) {
      throw new IllegalStateException(
          "Config "
              + key
              + " names no error status; use error_page.404 (400-599) or error_page.default");
    }
    return code;
  }

  /** A page template's file name, or an {@link ErrorPage.Renderer}. */
  private static Object errorPage(String key, Object page) {
    if (page instanceof ErrorPage.Renderer
        || page instanceof String
        || page instanceof java.nio.file.Path) {
      return page;
    }
    throw new IllegalStateException(
        "Config " + key + " must be a template file name or an ErrorPage.Renderer, not " + page);
  }

  /**
   * The error page configured for {@code code} ({@code error_page.404}, else {@code
   * error_page.default}).
   */
  Object errorPage(int code) {
    Object p = errorPages.get(Integer.toString(code));
    return p != null ? p : errorPages.get("default");
  }

  private static HookMap buildHooks(Map<String, Object> config, List<Toolbox> toolboxes) {
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
        if (!Boolean.TRUE.equals(truthy(args.remove("on")))) {
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

  private static HookCallback errorResponse(Object v) {
    if (v == null || v instanceof HookCallback) {
      return (HookCallback) v;
    }
    throw new IllegalStateException(
        "Config request.error_response must be a HookCallback (request, response) -> { ... }, not "
            + v);
  }

  private static Object truthy(Object v) {
    if (v instanceof Boolean) {
      return v;
    }
    if (v == null) {
      return false;
    }
    return v.toString().equalsIgnoreCase("true") || v.toString().equals("1");
  }

  private static boolean bool(Map<String, Object> config, String key, boolean fallback) {
    Object v = config.get(key);
    return v == null ? fallback : Boolean.TRUE.equals(truthy(v));
  }

  private static String string(Map<String, Object> config, String key, String fallback) {
    Object v = config.get(key);
    return v == null ? fallback : v.toString();
  }

  private static Set<String> methods(Object v) {
    return Set.copyOf(names(v, List.of("POST", "PUT", "PATCH")));
  }

  /** A list setting: a list or tuple of names, or one comma-separated string. */
  private static List<String> names(Object v, List<String> fallback) {
    if (v == null) {
      return fallback;
    }
    List<String> out = new ArrayList<>();
    if (v instanceof Iterable) {
      for (Object o : (Iterable<?>) v) {
        out.add(o.toString());
      }
    } else {
      out.addAll(List.of(v.toString().split("\\s*,\\s*")));
    }
    return out;
  }

  /** A non-negative size setting, 0 when unset or {@code None}. */
  private static long number(Map<String, Object> config, String key) {
    Object v = config.get(key);
    try {
      long n =
          v == null
              ? 0
              : v instanceof Number
                  ? ((Number) v).longValue()
                  : Long.parseLong(v.toString().trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below, naming the key.
    }
    throw new IllegalStateException(
        "Config " + key + " must be a number of bytes (0 for no limit), not " + v);
  }
}
