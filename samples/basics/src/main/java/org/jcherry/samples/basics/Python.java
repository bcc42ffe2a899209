package org.jcherry.samples.basics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The two bits of Python the ported handlers print with: {@code str()} of a parameter value (a
 * repeated parameter is a list, printed as {@code ['a', 'b']}) and {@code sorted()} order of keys.
 */
final class Python {
  /** Python's string order: by code point (Java's compareTo goes by UTF-16 unit). */
  private static final Comparator<String> CODE_POINT_ORDER =
      Comparator.comparing((String s) -> s.codePoints().toArray(), Arrays::compare);

  /** The Unicode categories Python's {@code str.isprintable()} refuses (space itself is printable). */
  private static final Set<Integer> NOT_PRINTABLE =
      Set.of((int) Character.CONTROL, (int) Character.FORMAT, (int) Character.SURROGATE,
          (int) Character.PRIVATE_USE, (int) Character.UNASSIGNED, (int) Character.LINE_SEPARATOR,
          (int) Character.PARAGRAPH_SEPARATOR, (int) Character.SPACE_SEPARATOR);

  private Python() {}

  /** The entries of {@code map}, keys in Python's {@code sorted()} order. */
  static <V> Map<String, V> sorted(Map<String, V> map) {
    Map<String, V> out = new TreeMap<>(CODE_POINT_ORDER);
    out.putAll(map);
    return out;
  }

  /** Python's {@code str(value)} for a parameter value: text as it is, a list as its repr. */
  static String str(Object value) {
    if (value instanceof List) {
      StringBuilder sb = new StringBuilder("[");
      for (Object item : (List<?>) value) {
        sb.append(sb.length() > 1 ? ", " : "").append(repr(String.valueOf(item)));
      }
      return sb.append(']').toString();
    }
    return String.valueOf(value);
  }

  /** Python's {@code repr()} of a str. */
  static String repr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(quote);
    s.codePoints().forEach(cp -> {
      if (cp == quote || cp == '\\') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp == '\n' || cp == '\r' || cp == '\t') {
        sb.append(cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : "\\t");
      } else if (printable(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(String.format(cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", cp));
      }
    });
    return sb.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for one code point. */
  private static boolean printable(int cp) {
    return cp == ' ' || !NOT_PRINTABLE.contains(Character.getType(cp));
  }
}
