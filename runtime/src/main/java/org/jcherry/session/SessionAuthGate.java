package org.jcherry.session;

import org.jcherry.HTTPError;
import org.jcherry.HTTPRedirect;
import org.jcherry.http.ErrorPage;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.http.UrlBuilder;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.session_auth}, CherryPy's form login kept in the session (needs {@code
 * tools.sessions}): a request whose session names no user gets the login page instead of its
 * handler; a path ending in {@code login_screen} shows it, one ending in {@code do_login} (POST
 * {@code username}, {@code password}, {@code from_page}) logs in and redirects back, one ending in
 * {@code do_logout} (POST) logs out. The user name is kept under {@code session_key} ({@code
 * username}) and set as the request's login. Arguments are {@link SessionAuth} objects: {@code
 * check_username_and_password} (required: unlike CherryPy, no check means no login), {@code
 * login_screen}, {@code anonymous}, {@code on_login}, {@code on_logout}, {@code on_check}. Unlike
 * CherryPy, a login regenerates the session id, so an id known before the login is worth nothing
 * after it.
 *
 * <p>Registered as a {@code HookTool} at before_handler, priority 55: after an implicit session
 * lock (50) is taken.
 */
public final class SessionAuthGate implements HookCallback {
  private final String key;
  private final SessionAuth.CredentialsCheck check;
  private final SessionAuth.LoginScreen screen;
  private final SessionAuth.Anonymous anonymous;
  private final SessionAuth.Listener onLogin;
  private final SessionAuth.Listener onLogout;
  private final SessionAuth.Listener onCheck;

  /** Reads the tool's arguments, once per config scope. */
  public SessionAuthGate(ToolArgs args) {
    key = args.string("session_key", "username");
    check = typed(args, "check_username_and_password", SessionAuth.CredentialsCheck.class);
    if (check == null) {
      throw new IllegalArgumentException(
          "tools.session_auth needs check_username_and_password, a SessionAuth.CredentialsCheck");
    }
    SessionAuth.LoginScreen custom = typed(args, "login_screen", SessionAuth.LoginScreen.class);
    screen = custom == null ? SessionAuthGate::defaultScreen : custom;
    anonymous = typed(args, "anonymous", SessionAuth.Anonymous.class);
    onLogin = typed(args, "on_login", SessionAuth.Listener.class);
    onLogout = typed(args, "on_logout", SessionAuth.Listener.class);
    onCheck = typed(args, "on_check", SessionAuth.Listener.class);
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    Session session = Session.of(request);
    String path = request.pathInfo();
    if (path.endsWith("login_screen")) {
      show(request, param(request, "from_page", ".."), param(request, "username", ""), null);
    } else if (path.endsWith("do_login")) {
      requirePost(request, response);
      logIn(request, session);
    } else if (path.endsWith("do_logout")) {
      requirePost(request, response);
      logOut(request, session);
    } else {
      checkLoggedIn(request, session);
    }
  }

  private void logIn(Request request, Session session) {
    String username = param(request, "username", "");
    String fromPage = param(request, "from_page", "..");
    String error = check.check(username, param(request, "password", ""));
    if (error != null) {
      show(request, fromPage, username, error);
      return;
    }
    session.put(key, username);
    session.regenerate();
    request.setLogin(username);
    tell(onLogin, username);
    throw new HTTPRedirect(fromPage.isEmpty() ? "/" : fromPage);
  }

  private void logOut(Request request, Session session) {
    Object username = session.remove(key);
    request.setLogin(null);
    if (username != null) {
      tell(onLogout, username.toString());
    }
    throw new HTTPRedirect(param(request, "from_page", ".."));
  }

  private void checkLoggedIn(Request request, Session session) {
    String username = session.getString(key, null);
    if (username == null && anonymous != null) {
      username = anonymous.username();
      if (username != null) {
        session.put(key, username);
      }
    }
    if (username == null) {
      show(request, UrlBuilder.url(request, "", request.queryString()), "", null);
      return;
    }
    request.setLogin(username);
    tell(onCheck, username);
  }

  /** The login page answers instead of the handler. */
  private void show(Request request, String fromPage, String username, String error) {
    String page = screen.render(fromPage, username, error);
    request.setHandler(() -> page);
  }

  private static void requirePost(Request request, Response response) {
    if (!request.method().equals("POST")) {
      response.headers().put("Allow", "POST");
      throw new HTTPError(405);
    }
  }

  private static String param(Request request, String name, String fallback) {
    String v = request.params().get(name);
    return v == null ? fallback : v;
  }

  private static void tell(SessionAuth.Listener listener, String username) {
    if (listener != null) {
      listener.user(username);
    }
  }

  private static <T> T typed(ToolArgs args, String name, Class<T> type) {
    Object v = args.raw(name);
    if (v == null || type.isInstance(v)) {
      return type.cast(v);
    }
    throw new IllegalArgumentException(
        "tools.session_auth."
            + name
            + " must be a SessionAuth."
            + type.getSimpleName()
            + ", not "
            + v);
  }

  /** A plain login form posting to {@code do_login}. */
  static String defaultScreen(String fromPage, String username, String error) {
    return "<!DOCTYPE html>\n<html><head><title>Log in</title></head><body>\n"
        + (error == null ? "" : "<p class=\"error\">" + ErrorPage.escape(error) + "</p>\n")
        + "<form method=\"post\" action=\"do_login\">\n"
        + "<input type=\"hidden\" name=\"from_page\" value=\""
        + ErrorPage.escapeAttribute(fromPage)
        + "\">\n"
        + "<label>User name <input type=\"text\" name=\"username\" value=\""
        + ErrorPage.escapeAttribute(username)
        + "\"></label>\n"
        + "<label>Password <input type=\"password\" name=\"password\"></label>\n"
        + "<button type=\"submit\">Log in</button>\n</form>\n</body></html>\n";
  }
}
