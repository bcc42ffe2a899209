package org.jcherry.tools.caching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jcherry.HTTPError;
import org.jcherry.http.Bodies;
import org.jcherry.http.Conditions;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.http.UrlBuilder;
import org.jcherry.tools.HookMap;
import org.jcherry.tools.HookPoint;
import org.jcherry.tools.Tool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.caching}: serves GET responses from memory. At before_handler (priority 90) a fresh
 * cached copy answers the request, with an {@code Age} header (and a 304 when its Last-Modified
 * matches If-Modified-Since); otherwise, at before_finalize (priority 100), the response is stored.
 * {@code invalid_methods} (default POST, PUT, DELETE) drop the URL's copy; {@code Pragma: no-cache}
 * and {@code Cache-Control: no-cache} bypass it, {@code Cache-Control: max-age=N} limits the age
 * accepted (malformed: 400). Responses marked no-store or no-cache, streamed ones and empty ones
 * are not kept. The cache ({@code delay}, {@code maxobjects}, {@code maxobj_size}, {@code maxsize})
 * is made, as in CherryPy, with the settings of the first request that uses it; one per toolbox.
 */
public final class CachingTool implements Tool {
  /** Request attribute: the response came from the cache (gzip leaves it alone). */
  public static final String SERVED_FROM_CACHE = "caching.cached";

  private static final String CACHEABLE = "caching.cacheable";

  private volatile MemoryCache cache;

  @Override
  public String name() {
    return "caching";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    List<String> invalid = args.strings("invalid_methods", List.of("POST", "PUT", "DELETE"));
    MemoryCache c =
        cache(
            (long) args.number("delay", 600),
            args.integer("maxobjects", 1000),
            (long) args.number("maxobj_size", 100_000),
            (long) args.number("maxsize", 10_000_000));
    args.number("antistampede_timeout", 5);
    args.number("expire_freq", 0.1);
    args.bool("debug", false);
    double priority = args.priority(90);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.BEFORE_HANDLER,
        priority,
        "caching",
        (request, response) -> {
          if (serveCached(c, invalid, request, response)) {
            request.setHandler(null);
          }
        });
    hooks.attach(
        HookPoint.BEFORE_FINALIZE,
        100,
        "caching.tee",
        (request, response) -> store(c, request, response));
  }

  private synchronized MemoryCache cache(
      long delay, int maxObjects, long maxObjectSize, long maxSize) {
    if (cache == null) {
      cache = new MemoryCache(delay, maxObjects, maxObjectSize, maxSize);
    }
    return cache;
  }

  private static boolean serveCached(
      MemoryCache c, List<String> invalid, Request request, Response response) {
    String uri = UrlBuilder.url(request, "", request.queryString());
    if (invalid.contains(request.method())) {
      c.delete(uri);
      return false;
    }
    if (values(request.headers(), "Pragma").contains("no-cache")) {
      request.setAttribute(CACHEABLE, true);
      return false;
    }
    long now = System.currentTimeMillis();
    MemoryCache.Entry e = c.get(uri, request.headers(), now);
    if (e == null) {
      request.setAttribute(CACHEABLE, true);
      return false;
    }
    long maxAge = c.delaySeconds;
    for (String directive : values(request.headers(), "Cache-Control")) {
      if (directive.startsWith("max-age")) {
        String[] atoms = directive.split("=", 2);
        if (!atoms[0].equals("max-age")) {
          continue;
        }
        if (atoms.length != 2
            || atoms[1].isEmpty()
            || !atoms[1].chars().allMatch(Character::isDigit)
            || atoms[1].length() > 12) {
          throw new HTTPError(400, "Invalid Cache-Control header");
        }
        maxAge = Long.parseLong(atoms[1]);
        break;
      } else if (directive.equals("no-cache")) {
        request.setAttribute(CACHEABLE, true);
        return false;
      }
    }
    long age = (now - e.createdMillis()) / 1000;
    if (age > maxAge) {
      request.setAttribute(CACHEABLE, true);
      return false;
    }
    request.setAttribute(SERVED_FROM_CACHE, true);
    response.headers().clear();
    for (String[] h : e.headers()) {
      response.headers().add(h[0], h[1]);
    }
    response.headers().put("Age", Long.toString(age));
    Conditions.validateSince(request, response);
    response.setStatus(e.status());
    response.setBody(e.body());
    return true;
  }

  private static void store(MemoryCache c, Request request, Response response) throws IOException {
    if (!Boolean.TRUE.equals(request.attribute(CACHEABLE))
        || response.stream()
        || values(request.headers(), "Cache-Control").contains("no-store")
        || values(response.headers(), "Pragma").contains("no-cache")
        || values(response.headers(), "Cache-Control").contains("no-store")) {
      return;
    }
    byte[] body = Bodies.collect(response.body());
    response.setBody(body);
    if (body.length == 0) {
      return;
    }
    List<String[]> headers = new ArrayList<>();
    for (int i = 0; i < response.headers().size(); i++) {
      headers.add(new String[] {response.headers().nameAt(i), response.headers().valueAt(i)});
    }
    String uri = UrlBuilder.url(request, "", request.queryString());
    c.put(
        uri,
        values(response.headers(), "Vary"),
        request.headers(),
        new MemoryCache.Entry(response.statusLine(), headers, body, System.currentTimeMillis()));
  }

  private static List<String> values(HeaderMap headers, String name) {
    List<String> out = new ArrayList<>();
    for (HeaderElements.Element e : HeaderElements.of(headers, name)) {
      out.add(e.value());
    }
    return out;
  }
}
