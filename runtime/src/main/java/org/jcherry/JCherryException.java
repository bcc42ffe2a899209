package org.jcherry;

/**
 * The base of the exceptions a handler raises to steer the response, CherryPy's {@code
 * CherryPyException}.
 */
public class JCherryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JCherryException(String message) {
    super(message);
  }

  public JCherryException(String message, Throwable cause) {
    super(message, cause);
  }
}
