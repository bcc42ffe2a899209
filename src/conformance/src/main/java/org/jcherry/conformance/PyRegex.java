package org.jcherry.conformance;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Python regular expressions (the {@code regex}, {@code body_regex} patterns of case files) run on
 * {@link java.util.regex}: check.py matches them with {@code re.fullmatch(pattern, text, re.S)}. The
 * syntax both share is kept as it is; what differs is rewritten: named groups
 * ({@code (?P<n>..)}, {@code (?P=n)}), {@code \Z}, {@code \v}, octal escapes, {@code {,n}}, a
 * {@code {} that starts no repeat (a literal in Python), and {@code [} or {@code &&} inside a
 * character class (literals in Python). {@code \d}, {@code \w}, {@code \s} are Unicode-aware, as for
 * Python str patterns.
 */
final class PyRegex {
  private static final String ESCAPED = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

  private PyRegex() {}

  /** Python's {@code re.escape}. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ESCAPED.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** {@code re.fullmatch(pattern, text, re.S) is not None}. */
  static boolean fullmatch(String pythonPattern, String text) {
    return compile(pythonPattern).matcher(text).matches();
  }

  /**
   * Compiles a Python pattern with {@code re.S}.
   *
   * @throws PatternSyntaxException when it is not a valid pattern
   */
  static Pattern compile(String pythonPattern) {
    Translation t = new Translation(pythonPattern);
    String java = t.run();
    int flags = Pattern.DOTALL | Pattern.UNIX_LINES;
    if (!t.ascii) {
      flags |= Pattern.UNICODE_CHARACTER_CLASS;
    }
    return Pattern.compile(java, flags);
  }

  /** Exposed for tests: the java.util.regex text for a Python pattern. */
  static String translate(String pythonPattern) {
    return new Translation(pythonPattern).run();
  }

  private static final class Translation {
    private final String p;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> names = new HashMap<>();
    private int i;
    private boolean ascii;

    Translation(String p) {
      this.p = p;
    }

    String run() {
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '\\') {
          escape(false);
        } else if (c == '[') {
          charClass();
        } else if (c == '{') {
          brace();
        } else if (c == '}') {
          out.append("\\}");
          i++;
        } else if (c == '(' && p.startsWith("(?", i)) {
          group();
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }

    private void group() {
      if (p.startsWith("(?P<", i)) {
        int close = p.indexOf('>', i);
        if (close < 0) {
          throw new PatternSyntaxException("missing >, unterminated name", p, i);
        }
        String name = p.substring(i + 4, close);
        String javaName = "pyg" + (names.size() + 1);
        names.put(name, javaName);
        out.append("(?<").append(javaName).append('>');
        i = close + 1;
      } else if (p.startsWith("(?P=", i)) {
        int close = p.indexOf(')', i);
        if (close < 0) {
          throw new PatternSyntaxException("missing ), unterminated name", p, i);
        }
        String javaName = names.get(p.substring(i + 4, close));
        if (javaName == null) {
          throw new PatternSyntaxException("unknown group name", p, i);
        }
        out.append("\\k<").append(javaName).append('>');
        i = close + 1;
      } else if (p.startsWith("(?#", i)) {
        int close = p.indexOf(')', i);
        i = close < 0 ? p.length() : close + 1;
      } else {
        // inline flags: (?aiLmsux) or (?flags:...) - Java lacks a and L
        int j = i + 2;
        StringBuilder flags = new StringBuilder();
        while (j < p.length() && "aiLmsux-".indexOf(p.charAt(j)) >= 0) {
          char f = p.charAt(j);
          if (f == 'a') {
            ascii = true;
          } else if (f != 'L') {
            flags.append(f);
          }
          j++;
        }
        if (j > i + 2 && j < p.length() && (p.charAt(j) == ')' || p.charAt(j) == ':')) {
          if (flags.length() == 0 && p.charAt(j) == ')') {
            i = j + 1;
            return;
          }
          out.append("(?").append(flags).append(p.charAt(j));
          i = j + 1;
        } else {
          out.append("(?");
          i += 2;
        }
      }
    }

    /** A {@code {} that is a repeat ({m}, {m,}, {,n}, {m,n}) or a literal. */
    private void brace() {
      int j = i + 1;
      int loStart = j;
      while (j < p.length() && Character.isDigit(p.charAt(j)) && p.charAt(j) < 0x80) {
        j++;
      }
      String lo = p.substring(loStart, j);
      String hi = null;
      if (j < p.length() && p.charAt(j) == ',') {
        int hiStart = ++j;
        while (j < p.length() && Character.isDigit(p.charAt(j)) && p.charAt(j) < 0x80) {
          j++;
        }
        hi = p.substring(hiStart, j);
      }
      boolean closed = j < p.length() && p.charAt(j) == '}';
      if (!closed || (lo.isEmpty() && hi == null)) {
        out.append("\\{");
        i++;
        return;
      }
      out.append('{').append(lo.isEmpty() ? "0" : lo);
      if (hi != null) {
        out.append(',').append(hi);
      }
      out.append('}');
      i = j + 1;
    }

    private void charClass() {
      out.append('[');
      i++;
      if (i < p.length() && p.charAt(i) == '^') {
        out.append('^');
        i++;
      }
      if (i < p.length() && p.charAt(i) == ']') {
        out.append("\\]");
        i++;
      }
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == ']') {
          out.append(']');
          i++;
          return;
        }
        if (c == '\\') {
          escape(true);
        } else if (c == '[') {
          out.append("\\[");
          i++;
        } else if (c == '&') {
          out.append("\\&");
          i++;
        } else {
          out.append(c);
          i++;
        }
      }
      throw new PatternSyntaxException("unterminated character set", p, p.length());
    }

    private void escape(boolean inClass) {
      if (i + 1 >= p.length()) {
        throw new PatternSyntaxException("bad escape (end of pattern)", p, i);
      }
      char c = p.charAt(i + 1);
      switch (c) {
        case 'Z':
          out.append(inClass ? "Z" : "\\z");
          i += 2;
          return;
        case 'v':
          out.append("\\x0B");
          i += 2;
          return;
        case 'a':
          out.append("\\x07");
          i += 2;
          return;
        case 'b':
          out.append(inClass ? "\\x08" : "\\b");
          i += 2;
          return;
        case 'U':
          if (i + 10 <= p.length()) {
            out.append("\\x{").append(p, i + 2, i + 10).append('}');
            i += 10;
            return;
          }
          break;
        default:
          break;
      }
      if (c >= '0' && c <= '7') {
        int j = i + 1; // up to three octal digits
        while (j < p.length() && j < i + 4 && p.charAt(j) >= '0' && p.charAt(j) <= '7') {
          j++;
        }
        boolean octal = c == '0' || j - (i + 1) == 3 || inClass;
        if (octal) {
          int v = Integer.parseInt(p.substring(i + 1, j), 8);
          out.append(String.format("\\x{%x}", v));
          i = j;
          return;
        }
      }
      out.append('\\').append(c);
      i += 2;
    }
  }
}
