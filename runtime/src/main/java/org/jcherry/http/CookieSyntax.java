package org.jcherry.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcherry.HTTPError;

/**
 * Cookie values on the wire, as CherryPy reads and writes them (Python's {@code http.cookies}):
 * quoting for {@code Set-Cookie}, and the lenient {@code Cookie} header grammar, where a header
 * that does not parse is ignored as a whole but a cookie name outside the token characters is a
 * 400.
 */
final class CookieSyntax {
  private CookieSyntax() {}

  /** Characters a value may hold unquoted, and a name must consist of. */
  private static final String TOKEN =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:";

  /** Characters a quoted value holds as they are; other Latin-1 characters become octal escapes. */
  private static final String QUOTED_PLAIN = TOKEN + " ()/<=>?@[]{}";

  private static final String KEY_CHARS = "\\w!#%&'~`><@,:/$*+\\-.^|)(?}{=";

  /** One {@code name[=value]} item and what ends it: spaces, a semicolon, or the end. */
  private static final Pattern ITEM =
      Pattern.compile(
          "\\s*(?<key>["
              + KEY_CHARS
              + "]+?)"
              // A quoted value, written so that its length costs no stack: runs of plain
              // characters and single escapes, each matched possessively.
              + "(?:\\s*=\\s*(?<val>\"[^\\\\\"]*+(?:\\\\.[^\\\\\"]*+)*+\""
              + "|\\w{3},\\s[\\w\\s-]{9,11}\\s[\\d:]{8}\\sGMT"
              + "|["
              + KEY_CHARS
              + "\\[\\]]*))?"
              + "\\s*(?:\\s+|;|$)");

  private static final Set<String> ATTRIBUTES =
      Set.of(
          "expires",
          "path",
          "comment",
          "domain",
          "max-age",
          "secure",
          "httponly",
          "version",
          "samesite");
  private static final Set<String> FLAGS = Set.of("secure", "httponly");

  /** {@code value} as written in a {@code Set-Cookie} line: as it is when a token, else quoted. */
  static String quote(String value) {
    if (!value.isEmpty() && isToken(value)) {
      return value;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 256 && QUOTED_PLAIN.indexOf(c) < 0) {
        sb.append('\\').append(String.format("%03o", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** A quoted value with its quotes and escapes ({@code \"}, {@code \101}) taken off. */
  static String unquote(String value) {
    if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
      return value;
    }
    String inner = value.substring(1, value.length() - 1);
    StringBuilder sb = new StringBuilder(inner.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c != '\\' || i + 1 == inner.length()) {
        sb.append(c);
      } else if (i + 3 < inner.length() && isOctal(inner, i + 1)) {
        sb.append((char) Integer.parseInt(inner.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        sb.append(inner.charAt(++i));
      }
    }
    return sb.toString();
  }

  /**
   * Adds the cookies of one {@code Cookie} header to {@code into}. A header that does not parse is
   * ignored (CherryPy's reading); attributes ({@code $Path}) go to the cookie before them.
   *
   * @throws HTTPError 400 for a cookie name with characters a token may not have, or an unknown
   *     {@code $attribute}
   */
  static void parse(String header, Cookies into) {
    List<String[]> items = new ArrayList<>();
    Matcher m = ITEM.matcher(header);
    int i = 0;
    boolean cookieSeen = false;
    while (i < header.length()) {
      m.region(i, header.length());
      if (!m.lookingAt()) {
        break;
      }
      i = m.end();
      String key = m.group("key");
      String val = m.group("val");
      String lower = key.toLowerCase(Locale.ROOT);
      if (key.charAt(0) == '$') {
        if (cookieSeen) {
          items.add(new String[] {key.substring(1), val == null ? null : unquote(val), "attr"});
        }
      } else if (ATTRIBUTES.contains(lower)) {
        if (!cookieSeen || val == null && !FLAGS.contains(lower)) {
          return;
        }
        items.add(new String[] {key, val == null ? "" : unquote(val), "attr"});
      } else if (val != null) {
        items.add(new String[] {key, unquote(val), null});
        cookieSeen = true;
      } else {
        return;
      }
    }
    Cookie current = null;
    for (String[] item : items) {
      if (item[2] == null) {
        if (!isToken(item[0])) {
          throw new HTTPError(400, "Illegal key " + PythonText.repr(item[0]));
        }
        current = into.set(item[0], item[1]);
      } else if (ATTRIBUTES.contains(item[0].toLowerCase(Locale.ROOT))) {
        current.attribute(item[0], item[1]);
      } else {
        throw new HTTPError(
            400, "Invalid attribute " + PythonText.repr(item[0].toLowerCase(Locale.ROOT)));
      }
    }
  }

  private static boolean isToken(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TOKEN.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isOctal(String s, int from) {
    for (int i = from; i < from + 3; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > (i == from ? '3' : '7')) {
        return false;
      }
    }
    return true;
  }
}
