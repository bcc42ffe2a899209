package org.jcherry.http;

import java.util.Map;
import java.util.function.Supplier;

/**
 * CherryPy's {@code cherrypy.url()} for a request: everything it needs (path info, whether the
 * handler is an index, script name, base, the app's {@code relative_urls}) is on the request, so
 * tools that are handed the request build URLs with it, and {@code Cherry.url} calls it for the
 * current one.
 */
public final class UrlBuilder {
  private UrlBuilder() {}

  /** {@code path} (relative to the request's path, or with {@code /} to the app) and a query. */
  public static String url(Request request, String path, String queryString) {
    return url(request, path, queryString, null, null, null);
  }

  /**
   * CherryPy's {@code url(path, qs, script_name, base, relative)} for {@code request}: {@code qs}
   * is text or a map of values (lists repeat the key); {@code scriptName} and {@code base} replace
   * the request's when not {@code null}; {@code relative} is {@code null} (the app's {@code
   * relative_urls}), {@code false}, {@code true} ({@code ../x} form) or {@code "server"} ({@code
   * /app/x} form).
   */
  public static String url(
      Request request, String path, Object qs, String scriptName, String base, Object relative) {
    String p = path == null ? "" : path;
    if (!p.startsWith("/")) {
      String pi = request.pathInfo();
      if (request.isIndex()) {
        pi = pi.endsWith("/") ? pi : pi + "/";
      } else if (pi.endsWith("/") && !pi.equals("/")) {
        pi = pi.substring(0, pi.length() - 1);
      }
      p = p.isEmpty() ? pi : Urls.join(pi, p);
    }
    String sn = scriptName != null ? scriptName : request.scriptName();
    String b = base != null ? base : request.base();
    String url = b + sn + Urls.normalize(p) + query(qs);
    return relative(
        url,
        relative != null ? relative : request.relativeUrls(),
        () -> url(request, "", null, null, null, false));
  }

  /** {@code ?a=1} for text or a map of values, {@code ""} for none. */
  public static String query(Object qs) {
    String query =
        qs instanceof Map ? Urls.encodeQuery((Map<?, ?>) qs) : qs == null ? "" : qs.toString();
    return query.isEmpty() ? "" : "?" + query;
  }

  /**
   * {@code url} in the form {@code relative} asks for: as it is ({@code false}), {@code /app/x}
   * ({@code "server"}) or relative to {@code current} ({@code true}).
   */
  public static String relative(String url, Object relative, Supplier<String> current) {
    if ("server".equals(relative)) {
      return Urls.serverRelative(url);
    }
    if (Boolean.TRUE.equals(relative)) {
      return Urls.relativeTo(current.get(), url);
    }
    return url;
  }
}
