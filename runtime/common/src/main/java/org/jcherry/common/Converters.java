package org.jcherry.common;

import java.util.Locale;

/**
 * Conversions for parameter types whose own factory does not read request text the way a web user
 * writes it. Other types use their factories directly ({@code Integer::valueOf}, {@code
 * UUID::fromString}).
 */
public final class Converters {
  private Converters() {}

  /** The text itself. */
  public static String text(String text) {
    return text;
  }

  /** {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}, in any case. */
  public static Boolean toBoolean(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
      case "on":
        return Boolean.TRUE;
      case "false":
      case "0":
      case "no":
      case "off":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException("not a boolean");
    }
  }

  /** Exactly one character. */
  public static Character toChar(String text) {
    if (text.length() != 1) {
      throw new IllegalArgumentException("not a single character");
    }
    return text.charAt(0);
  }
}
