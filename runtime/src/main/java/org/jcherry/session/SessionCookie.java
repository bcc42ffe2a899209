package org.jcherry.session;

import org.jcherry.http.Cookie;
import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * The cookie that carries the session id, as {@code tools.sessions} configures it: name, path (or
 * the request header {@code path_header} names, else {@code /}), domain, secure, httponly,
 * samesite, and whether it persists ({@code expires} and {@code Max-Age} of the session timeout) or
 * lasts the browser session.
 */
record SessionCookie(
    String name,
    String path,
    String pathHeader,
    String domain,
    boolean secure,
    boolean httpOnly,
    String sameSite,
    boolean persistent) {

  private static final long ONE_YEAR_SECONDS = 365L * 24 * 60 * 60;

  /** Longer ids are no ids of ours: they are not looked up. */
  static final int MAX_ID_LENGTH = 128;

  /** The session id the client sent, or {@code null}. */
  String read(Request request) {
    return request.cookies().value(name);
  }

  /** Sets the cookie for {@code id} in {@code response}, replacing one set before. */
  void send(Request request, Response response, String id, long timeoutSeconds) {
    Cookie c =
        response
            .cookies()
            .set(name, id)
            .path(path(request))
            .domain(domain)
            .secure(secure)
            .httpOnly(httpOnly)
            .sameSite(sameSite);
    if (persistent) {
      c.expires(timeoutSeconds).maxAge(timeoutSeconds);
    }
  }

  /**
   * Makes the cookie set for {@code id} expired a year ago and drops its {@code Max-Age}, so the
   * client forgets it (CherryPy's {@code lib.sessions.expire()}).
   */
  void sendExpired(Request request, Response response, String id) {
    send(request, response, id, 0);
    response.cookies().get(name).expires(-ONE_YEAR_SECONDS).attribute("max-age", null);
  }

  /** Takes back the cookie set in {@code response}, if any: a failed request issues no id. */
  void withdraw(Response response) {
    response.cookies().remove(name);
  }

  private String path(Request request) {
    if (path != null) {
      return path;
    }
    String fromHeader = pathHeader == null ? null : request.headers().get(pathHeader);
    return fromHeader == null || fromHeader.isEmpty() ? "/" : fromHeader;
  }
}
