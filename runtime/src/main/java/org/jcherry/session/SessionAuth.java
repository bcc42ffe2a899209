package org.jcherry.session;

/**
 * The pieces an application plugs into {@code tools.session_auth} (see {@link SessionAuthGate}), as
 * config values: {@code tools.session_auth.check_username_and_password = (CredentialsCheck) ...}.
 */
public final class SessionAuth {
  private SessionAuth() {}

  /** Checks a login: {@code null} when the credentials are good, else the message to show. */
  @FunctionalInterface
  public interface CredentialsCheck {
    String check(String username, String password);
  }

  /**
   * The login page: where to go after logging in, the name tried, and the error to show (or {@code
   * null}).
   */
  @FunctionalInterface
  public interface LoginScreen {
    String render(String fromPage, String username, String errorMessage);
  }

  /** The user name of a request that has not logged in, or {@code null} to ask for a login. */
  @FunctionalInterface
  public interface Anonymous {
    String username();
  }

  /** Told the user name on login, logout or each checked request. */
  @FunctionalInterface
  public interface Listener {
    void user(String username);
  }
}
