package org.jcherry.tools.auth;

import java.util.Map;

/**
 * {@code tools.auth_digest.get_ha1}: {@code md5(user:realm:password)} for {@code user}, or {@code
 * null}.
 */
@FunctionalInterface
public interface GetHa1 {
  String ha1(String realm, String user);

  /** CherryPy's {@code get_ha1_dict_plain}: HA1s computed from a map of user to plain password. */
  static GetHa1 ofPlain(Map<String, String> passwords) {
    Map<String, String> copy = Map.copyOf(passwords);
    return (realm, user) -> {
      String pw = copy.get(user);
      return pw == null ? null : DigestAuth.md5(user + ":" + realm + ":" + pw);
    };
  }

  /** CherryPy's {@code get_ha1_dict}: a map of user to HA1. */
  static GetHa1 of(Map<String, String> ha1s) {
    Map<String, String> copy = Map.copyOf(ha1s);
    return (realm, user) -> copy.get(user);
  }
}
