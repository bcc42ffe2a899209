package org.jcherry.http;

import java.util.List;

/**
 * Python's {@code repr()} of strings and string lists, for messages that CherryPy words that way.
 */
public final class PythonText {
  private PythonText() {}

  /**
   * {@code 'text'}, or {@code "it's"} when the text holds a single quote and no double one; {@code
   * None} for {@code null}. As Python 3, what {@code str.isprintable()} refuses is escaped ({@code
   * \\x85}, {@code \\u2028}); other characters, ASCII or not, stand as they are.
   */
  public static String repr(String s) {
    if (s == null) {
      return "None";
    }
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
              } else if (cp == '\t') {
                sb.append("\\t");
              } else if (cp == '\n') {
                sb.append("\\n");
              } else if (cp == '\r') {
                sb.append("\\r");
              } else if ((cp > ' ' && cp < 0x7f) || isPrintable(cp)) {
                sb.appendCodePoint(cp);
              } else {
                sb.append(
                    String.format(
                        cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", cp));
              }
            });
    return sb.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for one code point: space is, other separators are not. */
  public static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
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
