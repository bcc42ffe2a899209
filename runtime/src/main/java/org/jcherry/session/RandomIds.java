package org.jcherry.session;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Unguessable identifiers: session ids (20 random bytes, 40 hex digits, as CherryPy's) and lock
 * tokens.
 */
final class RandomIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomIds() {}

  /** A new session id. */
  static String sessionId() {
    return hex(20);
  }

  /** {@code bytes} random bytes as lower-case hex. */
  static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
