package org.jcherry.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header text between Java strings and the ISO-8859-1 wire, as CherryPy converts it: a response
 * header value Latin-1 cannot carry is sent as an RFC 2047 encoded word ({@code =?utf-8?b?...?=});
 * control characters (CR and LF among them) are deleted so a value can never start a new header; a
 * request header made of encoded words is decoded.
 */
public final class HeaderText {
  private HeaderText() {}

  /** An RFC 2047 encoded word: charset, B or Q, text. */
  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");

  /** A header name as sent: without control characters. */
  public static String wireName(String name) {
    return deleteControls(name);
  }

  /**
   * A header value as sent: Latin-1 text without control characters, else one UTF-8 encoded word.
   */
  public static String wireValue(String value) {
    if (isLatin1(value)) {
      return deleteControls(value);
    }
    return "=?utf-8?b?"
        + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }

  /**
   * A request header value decoded when it consists of RFC 2047 encoded words only; any other
   * value, or one naming an unknown charset or holding a bad encoding, as it came.
   */
  public static String decode(String value) {
    if (!value.contains("=?") || !isEncodedWords(value)) {
      return value;
    }
    StringBuilder sb = new StringBuilder();
    Matcher m = ENCODED_WORD.matcher(value);
    while (m.find()) {
      Charset cs = Charsets.lookup(m.group(1));
      if (cs == null) {
        return value;
      }
      try {
        byte[] bytes =
            m.group(2).equalsIgnoreCase("b")
                ? Base64.getDecoder().decode(m.group(3))
                : qDecode(m.group(3));
        sb.append(new String(bytes, cs));
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    return sb.toString();
  }

  /**
   * Whether {@code value} is encoded words separated by white space, with white space around them
   * allowed. Matched word by word: a regular expression repeating a group would take stack for each
   * word.
   */
  private static boolean isEncodedWords(String value) {
    Matcher m = ENCODED_WORD.matcher(value);
    int i = skipSpace(value, 0);
    while (true) {
      m.region(i, value.length());
      if (!m.lookingAt()) {
        return false;
      }
      int end = skipSpace(value, m.end());
      if (end == value.length()) {
        return true;
      }
      if (end == m.end()) {
        return false;
      }
      i = end;
    }
  }

  /**
   * The index of the first character from {@code i} that is not white space (as the regex {@code
   * \s} has it).
   */
  private static int skipSpace(String s, int i) {
    while (i < s.length() && " \t\n\013\f\r".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static byte[] qDecode(String text) {
    byte[] out = new byte[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_') {
        out[n++] = ' ';
      } else if (c == '=' && i + 2 < text.length()) {
        out[n++] = (byte) Integer.parseInt(text.substring(i + 1, i + 3), 16);
        i += 2;
      } else {
        out[n++] = (byte) c;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean isLatin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xff) {
        return false;
      }
    }
    return true;
  }

  private static String deleteControls(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
