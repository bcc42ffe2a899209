package org.jcherry.samples.wiki;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.jcherry.HTTPError;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.session.Session;
import org.jcherry.tools.HookCallback;

/**
 * The API's gate (a {@code before_handler} hook of {@code /api}): reads are public, as the pages
 * are; a write needs the logged-in session's user or a basic-auth user of the wiki, else a 401 that
 * asks for basic auth. Writes by session need no CSRF token: they must be JSON ({@code
 * tools.json_in}), which no cross-site form can send without the browser asking first.
 */
final class ApiAuth implements HookCallback {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final Users users;

  ApiAuth(Users users) {
    this.users = users;
  }

  @Override
  public void run(Request request, Response response) throws Exception {
    String user = Session.of(request).getString(Chrome.USER, null);
    if (user == null) {
      user = basicUser(request.headers().get("Authorization"));
    }
    if (user != null) {
      request.setLogin(user);
    } else if (!READS.contains(request.method())) {
      response.headers().put("WWW-Authenticate", "Basic realm=\"wiki\", charset=\"UTF-8\"");
      throw new HTTPError(401, "Log in, or send a wiki user's name and password (basic auth).");
    }
  }

  private String basicUser(String header) throws Exception {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HTTPError(400, "The Authorization header is not base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String name = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    boolean ok = name.length() <= 32 && password.length() <= 200 && users.check(name, password);
    return ok ? name : null;
  }
}
