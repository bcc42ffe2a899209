package org.jcherry.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The few pieces of Python semantics check.py's behaviour and messages depend on: truthiness and
 * equality of JSON values, {@code repr()}, {@code str.split()}/{@code strip()} whitespace, {@code
 * int()} parsing, {@code json.dumps} and {@code urllib.parse.urlencode}.
 */
final class Py {
  private Py() {}

  // ------------------------------------------------------------------ JSON values

  /**
   * Python truthiness of a JSON value ({@code None}, {@code False}, 0, "", [] and {} are false).
   */
  static boolean truthy(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNumber()) {
      return n.isIntegralNumber() ? n.bigIntegerValue().signum() != 0 : n.doubleValue() != 0.0;
    }
    if (n.isTextual()) {
      return !n.textValue().isEmpty();
    }
    return n.size() > 0;
  }

  /**
   * Python's {@code ==} on values json.loads returns: bools, ints and floats compare as numbers
   * ({@code True == 1 == 1.0}), dicts ignore key order, NaN equals nothing.
   */
  static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNull() || b.isNull()) {
      return a.isNull() && b.isNull();
    }
    if (isNumeric(a) || isNumeric(b)) {
      return isNumeric(a) && isNumeric(b) && numbersEqual(a, b);
    }
    if (a.isTextual() || b.isTextual()) {
      return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        JsonNode other = b.get(e.getKey());
        if (other == null || !equal(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isNumeric(JsonNode n) {
    return n.isNumber() || n.isBoolean();
  }

  private static boolean numbersEqual(JsonNode a, JsonNode b) {
    BigDecimal x = exact(a);
    BigDecimal y = exact(b);
    return x != null && y != null && x.compareTo(y) == 0
        || x == null && y == null && bothInfinite(a, b);
  }

  private static boolean bothInfinite(JsonNode a, JsonNode b) {
    double x = a.doubleValue();
    double y = b.doubleValue();
    return Double.isInfinite(x) && x == y;
  }

  /** The exact value of a JSON number or bool, or {@code null} for NaN and infinities. */
  private static BigDecimal exact(JsonNode n) {
    if (n.isBoolean()) {
      return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (n.isIntegralNumber()) {
      return new BigDecimal(n.bigIntegerValue());
    }
    double d = n.doubleValue();
    return Double.isNaN(d) || Double.isInfinite(d) ? null : new BigDecimal(d);
  }

  /** {@code repr()} of a value json.loads returned. */
  static String repr(JsonNode n) {
    StringBuilder sb = new StringBuilder();
    appendValue(sb, n, false);
    return sb.toString();
  }

  /**
   * Writes a JSON value as Python's {@code repr()} ({@code json == false}) or {@code json.dumps()}
   * writes it; both put {@code ", "} between items and {@code ": "} after keys.
   */
  private static void appendValue(StringBuilder sb, JsonNode n, boolean json) {
    if (n == null || n.isNull()) {
      sb.append(json ? "null" : "None");
    } else if (n.isBoolean()) {
      sb.append(n.booleanValue() ? (json ? "true" : "True") : (json ? "false" : "False"));
    } else if (n.isIntegralNumber()) {
      sb.append(n.bigIntegerValue());
    } else if (n.isNumber()) {
      double d = n.doubleValue();
      boolean special = Double.isNaN(d) || Double.isInfinite(d);
      sb.append(
          json && special
              ? (Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity")
              : floatRepr(d));
    } else if (n.isTextual()) {
      appendString(sb, n.textValue(), json);
    } else if (n.isArray()) {
      sb.append('[');
      for (int i = 0; i < n.size(); i++) {
        sb.append(i > 0 ? ", " : "");
        appendValue(sb, n.get(i), json);
      }
      sb.append(']');
    } else {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        sb.append(first ? "" : ", ");
        first = false;
        appendString(sb, e.getKey(), json);
        sb.append(": ");
        appendValue(sb, e.getValue(), json);
      }
      sb.append('}');
    }
  }

  private static void appendString(StringBuilder sb, String s, boolean json) {
    if (json) {
      appendJsonString(sb, s);
    } else {
      sb.append(repr(s));
    }
  }

  /** {@code str()} of a JSON value, as {@code '%s' % value} writes it. */
  static String str(JsonNode n) {
    return n != null && n.isTextual() ? n.textValue() : repr(n);
  }

  /** Python's {@code repr(float)}: the shortest text that reads back as the same double. */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0.0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        shortest = r;
        break;
      }
    }
    String digits = shortest.unscaledValue().abs().toString();
    // strip trailing zeros of the digit string, adjusting the exponent
    int scale = shortest.scale();
    while (digits.length() > 1 && digits.endsWith("0")) {
      digits = digits.substring(0, digits.length() - 1);
      scale--;
    }
    // value = 0.digits * 10^decpt
    int decpt = digits.length() - scale;
    String sign = d < 0 ? "-" : "";
    if (decpt > 16 || decpt < -3) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int exp = decpt - 1;
      String e = String.format("%02d", Math.abs(exp));
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
    }
    if (decpt <= 0) {
      return sign + "0." + "0".repeat(-decpt) + digits;
    }
    if (decpt >= digits.length()) {
      return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    }
    return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
  }

  // ------------------------------------------------------------------ repr

  /** Python's {@code repr(str)}. */
  static String repr(String s) {
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
              } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
              } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
              } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
              } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
              } else {
                sb.append(String.format("\\U%08x", cp));
              }
            });
    return sb.append(quote).toString();
  }

  /** Python's {@code repr(bytes)}. */
  static String repr(byte[] b) {
    boolean single = false;
    boolean dbl = false;
    for (byte x : b) {
      single |= x == '\'';
      dbl |= x == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == quote || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < ' ' || c >= 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(quote).toString();
  }

  /** Python's {@code repr(list_of_str)}. */
  static String repr(List<String> list) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(repr(list.get(i)));
    }
    return sb.append(']').toString();
  }

  /** check.py's {@code _short}: a repr cut to 160 characters plus {@code ...}. */
  static String shortRepr(String repr) {
    int n = repr.codePointCount(0, repr.length());
    if (n <= 160) {
      return repr;
    }
    return repr.substring(0, repr.offsetByCodePoints(0, 160)) + "...";
  }

  /** Python's {@code str.isprintable()} for one code point. */
  static boolean isPrintable(int cp) {
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

  // ------------------------------------------------------------------ text

  /**
   * Python's {@code str.isspace()} for one character of Latin-1 decoded text (and the ASCII range).
   */
  static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || (c >= 0x1c && c <= 0x1f)
        || c == 0x85
        || c == 0xa0
        || (c > 0xff && Character.isWhitespace(c));
  }

  /** Python's {@code s.strip()}. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Python's {@code s.split(None, maxsplit)}. */
  static List<String> split(String s, int maxsplit) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (true) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      if (out.size() == maxsplit) {
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) {
          end--;
        }
        out.add(s.substring(i, end));
        break;
      }
      int j = i;
      while (j < n && !isSpace(s.charAt(j))) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  /**
   * Python's {@code int(text, base)} for ASCII input: surrounding whitespace, a sign, digits with
   * single underscores between them, and for base 16 an optional {@code 0x}. Returns {@code null}
   * where Python raises ValueError.
   */
  static BigInteger parseInt(String text, int base) {
    String s = strip(text);
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (base == 16
        && s.length() > 2
        && s.charAt(0) == '0'
        && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
      s = s.substring(2);
      if (s.startsWith("_")) {
        s = s.substring(1);
      }
    }
    if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
      return null;
    }
    String digits = s.replace("_", "");
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), base) < 0 || digits.charAt(i) > 0x7f) {
        return null;
      }
    }
    BigInteger v = new BigInteger(digits, base);
    return negative ? v.negate() : v;
  }

  // ------------------------------------------------------------------ json.dumps, urlencode

  /**
   * {@code json.dumps(value)} with its defaults: ASCII only, {@code ", "} and {@code ": "}
   * separators.
   */
  static String jsonDumps(JsonNode n) {
    StringBuilder sb = new StringBuilder();
    appendValue(sb, n, true);
    return sb.toString();
  }

  private static void appendJsonString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < ' ' || c > '~') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  /** {@code urllib.parse.quote_plus(text, safe='')} on the UTF-8 bytes of {@code text}. */
  static String quotePlus(String text) {
    StringBuilder sb = new StringBuilder();
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '.'
          || c == '-'
          || c == '~') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }
}
