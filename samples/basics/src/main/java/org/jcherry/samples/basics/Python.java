package org.jcherry.samples.basics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jcherry.http.PythonText;

/**
 * The two bits of Python the ported handlers print with: {@code str()} of a parameter value (a
 * repeated parameter is a list, printed as {@code ['a', 'b']}) and {@code sorted()} order of keys.
 */
final class Python {
  /** Python's string order: by code point (Java's compareTo goes by UTF-16 unit). */
  private static final Comparator<String> CODE_POINT_ORDER =
      Comparator.comparing((String s) -> s.codePoints().toArray(), Arrays::compare);

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
        sb.append(sb.length() > 1 ? ", " : "").append(PythonText.repr(String.valueOf(item)));
      }
      return sb.append(']').toString();
    }
    return String.valueOf(value);
  }
}
