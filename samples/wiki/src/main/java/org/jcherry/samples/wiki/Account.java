package org.jcherry.samples.wiki;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.HTTPRedirect;
import org.jcherry.jte.Jte;
import org.jcherry.session.Session;

/** {@code /account/register}, {@code /account/login} and {@code /account/logout}. */
public class Account {
  private static final Pattern USER_NAME = Pattern.compile("[a-z0-9_]{3,32}");

  private final Users users;

  Account(Users users) {
    this.users = users;
  }

  @Expose
  public String register(
      @Default("") String username, @Default("") String password, @Default("") String next)
      throws SQLException {
    if (!Forms.isPost()) {
      return form("Register", Root_Urls.accountRegister(), "", next, null);
    }
    String error = null;
    if (!USER_NAME.matcher(username).matches()) {
      error = "A user name is 3 to 32 lower-case letters, digits or '_'.";
    } else if (password.length() < 8 || password.length() > 200) {
      error = "A password is 8 to 200 characters long.";
    } else if (!users.register(username, password)) {
      error = "The user name " + username + " is taken: choose another.";
    }
    if (error != null) {
      Cherry.response().setStatus(400);
      return form("Register", Root_Urls.accountRegister(), username, next, error);
    }
    logIn(username, "Welcome, " + username + "! You are logged in.");
    throw new HTTPRedirect(Forms.localTarget(next), 303);
  }

  @Expose
  public String login(
      @Default("") String username, @Default("") String password, @Default("") String next)
      throws SQLException {
    if (!Forms.isPost()) {
      return form("Log in", Root_Urls.accountLogin(), "", next, null);
    }
    if (username.isEmpty() || password.isEmpty()) {
      Cherry.response().setStatus(400);
      return form(
          "Log in", Root_Urls.accountLogin(), username, next, "Give your user name and password.");
    }
    if (username.length() > 32 || password.length() > 200 || !users.check(username, password)) {
      Cherry.response().setStatus(403);
      return form(
          "Log in", Root_Urls.accountLogin(), username, next, "Wrong user name or password.");
    }
    logIn(username, "Logged in as " + username + ".");
    throw new HTTPRedirect(Forms.localTarget(next), 303);
  }

  /** Only a POST (with its CSRF token) logs out: a link on another site cannot. */
  @Expose
  @CpConfig({"tools.allow.on = True", "tools.allow.methods = ['POST']"})
  public String logout() {
    Session s = Cherry.session();
    s.remove(Chrome.USER);
    s.regenerate();
    Chrome.flash("You are logged out.");
    throw new HTTPRedirect(Root_Urls.wikiPageDefault(Wiki.MAIN_PAGE), 303);
  }

  /** A new session id for the logged-in user, so an id planted before login is worth nothing. */
  private static void logIn(String username, String message) {
    Session s = Cherry.session();
    s.regenerate();
    s.put(Chrome.USER, username);
    Chrome.flash(message);
  }

  private static String form(
      String title, String action, String username, String next, String error) {
    Chrome chrome = Chrome.of(title);
    return Jte.html(
        (out, html) ->
            JteaccountGenerated.render(out, html, chrome, action, username, next, error));
  }
}
