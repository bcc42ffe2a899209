package org.jcherry.app;

import org.jcherry.http.Request;

/**
 * A request's base, {@code scheme://Host} as the client addressed us (without a Host header, the
 * local name), with the one made last kept: clients of one site send the same Host again and again.
 */
final class BaseUrl {
  private volatile Last last;

  private record Last(String scheme, String host, String base) {}

  String of(Request request) {
    String host = request.headers().get("Host");
    if (host == null) {
      host = request.local() == null ? "localhost" : request.local().name();
    }
    String scheme = request.scheme();
    Last l = last;
    if (l != null && l.host.equals(host) && l.scheme.equals(scheme)) {
      return l.base;
    }
    String base = scheme + "://" + host.replace("\r", "").replace("\n", "");
    last = new Last(scheme, host, base);
    return base;
  }
}
