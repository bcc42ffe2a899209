package org.jcherry.dispatch;

import java.util.Map;
import org.jcherry.http.Request;

/**
 * CherryPy's {@code VirtualHost} dispatcher: serves several sites from one tree by the requested
 * host. The path of the {@code Host} header's entry in {@code domains} (the {@code
 * X-Forwarded-Host} header's, when present and allowed) is put in front of the path info for the
 * lookup only: the handler still sees the request's own {@code path_info}, and URLs it makes stay
 * as the client wrote them. Hosts without an entry are served as they come.
 *
 * <pre>{@code
 * new VirtualHost(Map.of("www.example.com", "/site", "blog.example.com:8080", "/blog"))
 * }</pre>
 */
public final class VirtualHost implements Dispatcher {
  private final Dispatcher next;
  private final boolean useXForwardedHost;
  private final Map<String, String> domains;

  /**
   * Looks up the prefixed path with {@code next}; {@code domains} maps {@code host[:port]} to a
   * path.
   */
  public VirtualHost(Dispatcher next, boolean useXForwardedHost, Map<String, String> domains) {
    this.next = next;
    this.useXForwardedHost = useXForwardedHost;
    this.domains = Map.copyOf(domains);
  }

  /** Over the object-tree dispatcher, preferring {@code X-Forwarded-Host}. */
  public VirtualHost(Map<String, String> domains) {
    this(ObjectTreeDispatcher.INSTANCE, true, domains);
  }

  @Override
  public Resolution dispatch(Request request, String pathInfo, Mount mount) {
    String host = request.headers().get("Host", "");
    if (useXForwardedHost) {
      host = request.headers().get("X-Forwarded-Host", host);
    }
    String prefix = domains.get(host);
    return next.dispatch(
        request, prefix == null || prefix.isEmpty() ? pathInfo : join(prefix, pathInfo), mount);
  }

  /** {@code /site} and {@code /x/} give {@code /site/x/}. */
  private static String join(String prefix, String pathInfo) {
    String joined = prefix + "/" + pathInfo;
    while (joined.contains("//")) {
      joined = joined.replace("//", "/");
    }
    return joined.startsWith("/") ? joined : "/" + joined;
  }
}
