package org.jcherry.boot;

/**
 * A command line or config file the launcher cannot use: its message is the one line the user sees,
 * and the process exits with status 2 (as Python's argparse does), never with a stack trace.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message, null, false, false);
  }
}
