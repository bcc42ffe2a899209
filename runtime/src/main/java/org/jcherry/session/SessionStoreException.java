package org.jcherry.session;

import org.jcherry.HTTPError;

/**
 * A session store failed (its backend is unreachable, a lock could not be taken in time): the
 * request answers 503, and no session data is read or written half-way.
 */
public final class SessionStoreException extends HTTPError {
  private static final long serialVersionUID = 1L;

  public SessionStoreException(String message, Throwable cause) {
    super(503, message);
    if (cause != null) {
      initCause(cause);
    }
  }
}
