package org.jcherry.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads config values written as in a CherryPy config file: the documented subset of Python
 * literals. Strings ({@code 'a'} or {@code "a"}), integers, floats, {@code True}, {@code False},
 * {@code None} (read as {@code null}), lists and tuples (both become a {@link List}), dicts (a
 * {@link Map} keeping order), unary minus, and {@code +}, {@code -}, {@code *} between numbers (so
 * {@code 60 * 60} is 3600). A bare word such as {@code production} is taken as the string itself.
 *
 * <p>Used by the processor at compile time for {@code @CpConfig} and by the runtime for config
 * files.
 */
public final class PythonLiteral {
  /** The deepest nesting of brackets and unary signs read; deeper text would overflow the stack. */
  private static final int MAX_DEPTH = 200;

  /** The longest string {@code 'ab' * n} may make: a config value, not a way to fill the heap. */
  private static final int MAX_REPEAT_LENGTH = 1 << 20;

  private final String text;
  private int pos;
  private int depth;

  private PythonLiteral(String text) {
    this.text = text;
  }

  /**
   * Parses one value.
   *
   * @throws IllegalArgumentException naming what is wrong and where
   */
  public static Object parse(String text) {
    PythonLiteral p = new PythonLiteral(text);
    p.skipSpace();
    if (p.pos >= text.length()) {
      throw new IllegalArgumentException("empty value");
    }
    Object v = p.expression();
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("unexpected '" + text.substring(p.pos) + "'");
    }
    return v;
  }

  private Object expression() {
    Object left = term();
    while (true) {
      skipSpace();
      if (peek('+') || peek('-')) {
        char op = text.charAt(pos++);
        Object right = term();
        left = op == '+' ? add(left, right) : arithmetic(left, right, op);
      } else {
        return left;
      }
    }
  }

  private Object term() {
    Object left = unary();
    while (true) {
      skipSpace();
      if (peek('*')) {
        pos++;
        Object right = unary();
        if (left instanceof String && right instanceof Long) {
          left = repeat((String) left, (Long) right);
        } else {
          left = arithmetic(left, right, '*');
        }
      } else {
        return left;
      }
    }
  }

  /** Python's {@code s * n}: empty for {@code n <= 0}. */
  private String repeat(String s, long n) {
    if (n <= 0 || s.isEmpty()) {
      return "";
    }
    if (n > MAX_REPEAT_LENGTH / s.length()) {
      throw error("'*' would make a string longer than " + MAX_REPEAT_LENGTH + " characters");
    }
    return s.repeat((int) n);
  }

  private Object unary() {
    if (++depth > MAX_DEPTH) {
      throw error("the value nests more than " + MAX_DEPTH + " deep");
    }
    try {
      return signed();
    } finally {
      depth--;
    }
  }

  private Object signed() {
    skipSpace();
    if (peek('-')) {
      pos++;
      Object v = unary();
      if (v instanceof Long) {
        return -(Long) v;
      }
      if (v instanceof Double) {
        return -(Double) v;
      }
      throw error("'-' needs a number");
    }
    if (peek('+')) {
      pos++;
      return unary();
    }
    return atom();
  }

  private Object atom() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("a value is missing");
    }
    char c = text.charAt(pos);
    if (c == '\'' || c == '"') {
      return string(c);
    }
    if (c == '[') {
      pos++;
      return Collections.unmodifiableList(items(']'));
    }
    if (c == '(') {
      pos++;
      int start = pos;
      List<Object> items = items(')');
      // (x) is a parenthesised value, (x,) a one-element tuple.
      boolean tuple =
          items.size() != 1
              || text.substring(start, pos).trim().replace(")", "").trim().endsWith(",");
      return tuple ? Collections.unmodifiableList(items) : items.get(0);
    }
    if (c == '{') {
      pos++;
      return dict();
    }
    if (Character.isDigit(c) || c == '.') {
      return number();
    }
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < text.length() && isWordChar(text.charAt(pos))) {
        pos++;
      }
      String word = text.substring(start, pos);
      switch (word) {
        case "True":
          return Boolean.TRUE;
        case "False":
          return Boolean.FALSE;
        case "None":
          return null;
        default:
          return word;
      }
    }
    throw error("unexpected '" + c + "'");
  }

  private List<Object> items(char close) {
    List<Object> out = new ArrayList<>();
    while (true) {
      skipSpace();
      if (peek(close)) {
        pos++;
        return out;
      }
      out.add(expression());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek(close)) {
        throw error("expected ',' or '" + close + "'");
      }
    }
  }

  private Map<Object, Object> dict() {
    Map<Object, Object> out = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (peek('}')) {
        pos++;
        return Collections.unmodifiableMap(out);
      }
      Object key = expression();
      skipSpace();
      if (!peek(':')) {
        throw error("expected ':' after a dict key");
      }
      pos++;
      out.put(key, expression());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else if (!peek('}')) {
        throw error("expected ',' or '}'");
      }
    }
  }

  private String string(char quote) {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return sb.toString();
      }
      if (c == '\\' && pos < text.length()) {
        char e = text.charAt(pos++);
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'r':
            sb.append('\r');
            break;
          case '0':
            sb.append('\0');
            break;
          case 'u':
            sb.append(unicodeEscape());
            break;
          default:
            sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    throw error("the string is not closed with " + quote);
  }

  /** The four hex digits after {@code \\u}, as the character they name. */
  private char unicodeEscape() {
    int code = 0;
    for (int end = pos + 4; pos < end; pos++) {
      int digit = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
      if (digit < 0) {
        throw error("a \\u escape needs four hex digits");
      }
      code = code * 16 + digit;
    }
    return (char) code;
  }

  private Object number() {
    int start = pos;
    while (pos < text.length()
        && (Character.isDigit(text.charAt(pos))
            || "._eE".indexOf(text.charAt(pos)) >= 0
            || ((text.charAt(pos) == '-' || text.charAt(pos) == '+')
                && "eE".indexOf(text.charAt(pos - 1)) >= 0))) {
      pos++;
    }
    String n = text.substring(start, pos).replace("_", "");
    try {
      if (n.contains(".") || n.contains("e") || n.contains("E")) {
        return Double.parseDouble(n);
      }
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      throw error("'" + n + "' is not a number");
    }
  }

  private static Object add(Object a, Object b) {
    if (a instanceof String && b instanceof String) {
      return (String) a + b;
    }
    if (a instanceof List && b instanceof List) {
      List<Object> out = new ArrayList<>((List<?>) a);
      out.addAll((List<?>) b);
      return Collections.unmodifiableList(out);
    }
    return arithmeticOrFail(a, b, '+');
  }

  private Object arithmetic(Object a, Object b, char op) {
    return arithmeticOrFail(a, b, op);
  }

  private static Object arithmeticOrFail(Object a, Object b, char op) {
    if (!(a instanceof Number) || !(b instanceof Number)) {
      throw new IllegalArgumentException("'" + op + "' needs two numbers");
    }
    if (a instanceof Long && b instanceof Long) {
      long x = (Long) a;
      long y = (Long) b;
      return op == '+' ? x + y : op == '-' ? x - y : x * y;
    }
    double x = ((Number) a).doubleValue();
    double y = ((Number) b).doubleValue();
    return op == '+' ? x + y : op == '-' ? x - y : x * y;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at column " + (pos + 1) + " of: " + text);
  }
}
