package org.jcherry.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * The cookie that carries the session id, as {@code tools.sessions} configures it: name, path (or the
 * request header {@code path_header} names, else {@code /}), domain, secure, httponly, samesite, and
 * whether it persists ({@code expires} and {@code Max-Age} of the session timeout) or lasts the browser
 * session. Attributes are written in CherryPy's (Python's) order.
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

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final long ONE_YEAR_SECONDS = 365L * 24 * 60 * 60;
  /** Longer ids are no ids of ours: they are not looked up. */
  static final int MAX_ID_LENGTH = 128;

  /** The session id the client sent (the last cookie of this name), or {@code null}. */
  String read(Request request) {
    String found = null;
    for (String header : request.headers().getAll("Cookie")) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
          found = unquote(pair.substring(eq + 1).trim());
        }
      }
    }
    return found;
  }

  /** Sets the cookie for {@code id}, replacing one set before in this response. */
  void send(Request request, Response response, String id, long timeoutSeconds) {
    StringBuilder c = start(id);
    if (persistent) {
      c.append("; expires=").append(HTTP_DATE.format(Instant.now().plusSeconds(timeoutSeconds)));
    }
    if (httpOnly) {
      c.append("; HttpOnly");
    }
    if (persistent) {
      c.append("; Max-Age=").append(timeoutSeconds);
    }
    finish(request, response, c);
  }

  /** Sets the cookie for {@code id} expired a year ago, so the client forgets it (CherryPy's {@code expire()}). */
  void sendExpired(Request request, Response response, String id) {
    StringBuilder c = start(id);
    c.append("; expires=").append(HTTP_DATE.format(Instant.now().minusSeconds(ONE_YEAR_SECONDS)));
    if (httpOnly) {
      c.append("; HttpOnly");
    }
    finish(request, response, c);
  }

  private StringBuilder start(String id) {
    StringBuilder c = new StringBuilder(name).append('=').append(id);
    if (domain != null) {
      c.append("; Domain=").append(domain);
    }
    return c;
  }

  private void finish(Request request, Response response, StringBuilder c) {
    c.append("; Path=").append(path(request));
    if (sameSite != null) {
      c.append("; SameSite=").append(sameSite);
    }
    if (secure) {
      c.append("; Secure");
    }
    replace(response.headers(), c.toString());
  }

  private String path(Request request) {
    if (path != null) {
      return path;
    }
    String fromHeader = pathHeader == null ? null : request.headers().get(pathHeader);
    return fromHeader == null || fromHeader.isEmpty() ? "/" : fromHeader;
  }

  /** Keeps other cookies the response sets; drops this one's earlier value. */
  private void replace(HeaderMap headers, String cookie) {
    List<String> all = headers.getAll("Set-Cookie");
    headers.remove("Set-Cookie");
    for (String other : all) {
      if (!other.startsWith(name + "=")) {
        headers.add("Set-Cookie", other);
      }
    }
    headers.add("Set-Cookie", cookie);
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
