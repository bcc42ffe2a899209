package org.jcherry;

import org.jcherry.http.ErrorResponses;
import org.jcherry.http.Status;

/**
 * Raise to answer with an HTTP error status and CherryPy's error page: {@code throw new
 * HTTPError(403)}, {@code throw new HTTPError(400, "Bad year")} or with a custom reason, {@code new
 * HTTPError("418 Teapot", null)}. The status must be between 400 and 599.
 */
public class HTTPError extends JCherryException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;
  private final String errorMessage;

  public HTTPError(int status) {
    this(status, null);
  }

  public HTTPError(int status, String message) {
    this(Integer.toString(status), message);
  }

  /**
   * A status given as {@code "code"} or {@code "code reason"}, as CherryPy accepts. A status that
   * is no HTTP status at all becomes a 500 naming the problem, as in CherryPy.
   */
  public HTTPError(String status, String message) {
    this(checked(status), message, status);
  }

  private HTTPError(Object checked, String message, String given) {
    super(given + (message == null ? "" : ": " + message));
    Status s = checked instanceof Status ? (Status) checked : Status.of(500);
    if (s.code() < 400 || s.code() > 599) {
      throw new IllegalArgumentException("status must be between 400 and 599, not " + s.code());
    }
    this.code = s.code();
    this.reason = s.reason();
    String m =
        checked instanceof Status
            ? message
            : "Illegal response status from server (" + checked + ").";
    this.errorMessage = m != null ? m : Status.longMessage(s.code());
  }

  private static Object checked(String status) {
    try {
      return Status.parse(status);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  public int code() {
    return code;
  }

  public String reason() {
    return reason;
  }

  /** The message shown on the error page; the status's standard explanation when none was given. */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * Makes this error the current response without raising it, CherryPy's {@code set_response()}:
   * the request goes on, as when a before_finalize tool refuses the response it was given.
   */
  public void setResponse() {
    ErrorResponses.set(this, Cherry.request(), Cherry.response());
  }

  /** {@code "404 Not Found"}. */
  public String status() {
    return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
  }
}
