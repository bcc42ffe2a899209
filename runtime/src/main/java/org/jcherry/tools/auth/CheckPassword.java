package org.jcherry.tools.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * {@code tools.auth_basic.checkpassword}: whether {@code password} is right for {@code user} in
 * {@code realm}.
 */
@FunctionalInterface
public interface CheckPassword {
  boolean check(String realm, String user, String password);

  /**
   * CherryPy's {@code checkpassword_dict}: passwords from a map of user to password, compared in
   * constant time.
   */
  static CheckPassword of(Map<String, String> passwords) {
    Map<String, String> copy = Map.copyOf(passwords);
    return (realm, user, password) -> {
      String expected = copy.get(user);
      return expected != null
          && MessageDigest.isEqual(
              expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    };
  }
}
