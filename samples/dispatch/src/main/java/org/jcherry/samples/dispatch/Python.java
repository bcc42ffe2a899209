package org.jcherry.samples.dispatch;

import java.util.Optional;

/** How dispatch.py prints values with {@code %s}. */
final class Python {
  private Python() {}

  /** An absent argument prints as Python's {@code None}. */
  static String str(Optional<String> value) {
    return value.orElse("None");
  }
}
