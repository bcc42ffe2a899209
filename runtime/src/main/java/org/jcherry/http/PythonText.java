package org.jcherry.http;

import java.util.List;

/** Python's {@code repr()} of strings and string lists, for messages that CherryPy words that way. */
public final class PythonText {
  private PythonText() {}

  /**
   * {@code 'text'}, or {@code "it's"} when the text holds a single quote and no double one;
   * {@code None} for {@code null}.
   */
  public static String repr(String s) {
    if (s == null) {
      return "None";
    }
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == q) {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append(q).toString();
  }

  /** {@code ['utf-8', 'ISO-8859-1']}. */
  public static String list(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(repr(items.get(i)));
    }
    return sb.append(']').toString();
  }
}
