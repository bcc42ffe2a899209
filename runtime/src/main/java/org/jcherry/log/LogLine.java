package org.jcherry.log;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What CherryPy's log lines share: the {@code [26/Nov/2026:19:27:45]} time and value escaping. */
final class LogLine {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("'['dd/MMM/yyyy:HH:mm:ss']'", Locale.ENGLISH);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LogLine() {}

  /** Local time, no zone, in brackets. */
  static String now() {
    return TIME.format(LocalDateTime.now());
  }

  /**
   * An access-log value as CherryPy writes it (Apache's rule): {@code "} becomes {@code \"}, the C
   * whitespace escapes {@code \t \n \r} are used, and any other byte outside printable ASCII (UTF-8
   * encoded) becomes {@code \xhh}. A {@code '} is escaped only in a value that also holds a {@code
   * "}, as Python's bytes repr does.
   */
  static String escape(String value) {
    boolean plain = true;
    for (int i = 0; i < value.length() && plain; i++) {
      char c = value.charAt(i);
      plain = c >= 0x20 && c < 0x7f && c != '"';
    }
    if (plain) {
      return value;
    }
    boolean hasQuote = value.indexOf('"') >= 0;
    StringBuilder sb = new StringBuilder(value.length() + 16);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\'' -> sb.append(hasQuote ? "\\'" : "'");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            sb.append((char) c);
          } else {
            sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          }
        }
      }
    }
    return sb.toString();
  }
}
