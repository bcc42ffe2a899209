package org.jcherry.tools.statics;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Range} header of a request for a body of known length, CherryPy's {@code
 * httputil.get_ranges}: {@code bytes=0-4,-3} gives {@code [0,5) [len-3,len)}.
 */
final class ByteRanges {
  /** One range, {@code start} inclusive, {@code stop} exclusive. */
  record Span(long start, long stop) {
    long length() {
      return stop - start;
    }
  }

  /** Thrown for a header that is not a byte-range set at all. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String header) {
      super("Malformed Range header: " + header);
    }
  }

  private ByteRanges() {}

  /**
   * The ranges asked for; {@code null} to serve the whole body (no header, or a range that asks for
   * nothing sensible), an empty list when none is satisfiable (a 416).
   */
  static List<Span> parse(String header, long length) throws Malformed {
    if (header == null || header.isEmpty()) {
      return null;
    }
    int eq = header.indexOf('=');
    if (eq < 0) {
      throw new Malformed(header);
    }
    List<Span> out = new ArrayList<>();
    for (String part : header.substring(eq + 1).split(",", -1)) {
      int dash = part.indexOf('-');
      if (dash < 0) {
        throw new Malformed(header);
      }
      String first = part.substring(0, dash).trim();
      String last = part.substring(dash + 1).trim();
      if (!first.isEmpty()) {
        long start = number(first, header);
        long stop = last.isEmpty() ? length - 1 : number(last, header);
        if (start >= length) {
          continue; // Unsatisfiable on its own; the others may still be served.
        }
        if (stop < start) {
          return null;
        }
        out.add(new Span(start, Math.min(stop + 1, length)));
      } else {
        if (last.isEmpty()) {
          return null;
        }
        long suffix = number(last, header);
        out.add(new Span(Math.max(0, length - suffix), length));
      }
    }
    return out;
  }

  private static long number(String digits, String header) throws Malformed {
    if (digits.isEmpty()
        || digits.length() > 18
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Malformed(header);
    }
    return Long.parseLong(digits);
  }
}
