package org.jcherry.conformance;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code email.utils.parsedate_to_datetime}, as lenient as it is: RFC 1123, RFC 850 and
 * asctime dates, a named or numeric zone. A date without a known zone (or with {@code -0000}) is
 * naive; check.py's cookie jar then reads it as local time.
 */
final class HttpDate {
  private static final List<String> MONTHS =
      Arrays.asList(
          "jan",
          "feb",
          "mar",
          "apr",
          "may",
          "jun",
          "jul",
          "aug",
          "sep",
          "oct",
          "nov",
          "dec",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final List<String> DAYS =
      Arrays.asList("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Map<String, Integer> ZONES =
      Map.ofEntries(
          Map.entry("UT", 0),
          Map.entry("UTC", 0),
          Map.entry("GMT", 0),
          Map.entry("Z", 0),
          Map.entry("AST", -400),
          Map.entry("ADT", -300),
          Map.entry("EST", -500),
          Map.entry("EDT", -400),
          Map.entry("CST", -600),
          Map.entry("CDT", -500),
          Map.entry("MST", -700),
          Map.entry("MDT", -600),
          Map.entry("PST", -800),
          Map.entry("PDT", -700));

  /** A parsed date: its local fields and, unless naive, its offset from UTC. */
  static final class Parsed {
    final LocalDateTime local;
    final ZoneOffset offset;

    Parsed(LocalDateTime local, ZoneOffset offset) {
      this.local = local;
      this.offset = offset;
    }

    boolean naive() {
      return offset == null;
    }

    /**
     * The instant; a naive date is taken in the system's time zone, as Python's timestamp() does.
     */
    Instant instant() {
      return offset != null
          ? local.toInstant(offset)
          : local.atZone(ZoneId.systemDefault()).toInstant();
    }
  }

  private HttpDate() {}

  /** The date, or {@code null} where Python raises (TypeError or ValueError). */
  static Parsed parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<String> data = new ArrayList<>(Py.split(text, -1));
    if (data.isEmpty()) {
      return null;
    }
    String first = data.get(0);
    if (first.endsWith(",") || DAYS.contains(first.toLowerCase(Locale.ROOT))) {
      data.remove(0);
    } else {
      int comma = first.lastIndexOf(',');
      if (comma >= 0) {
        data.set(0, first.substring(comma + 1));
      }
    }
    if (data.size() == 3) {
      String[] stuff = data.get(0).split("-", -1);
      if (stuff.length == 3) {
        List<String> d = new ArrayList<>(Arrays.asList(stuff));
        d.addAll(data.subList(1, data.size()));
        data = d;
      }
    }
    if (data.size() == 4) {
      String s = data.get(3);
      int k = s.indexOf('+');
      if (k == -1) {
        k = s.indexOf('-');
      }
      if (k > 0) {
        data.set(3, s.substring(0, k));
        data.add(s.substring(k));
      } else {
        data.add("");
      }
    }
    if (data.size() < 5) {
      return null;
    }
    String dd = data.get(0);
    String mm = data.get(1);
    String yy = data.get(2);
    String tm = data.get(3);
    String tz = data.get(4);
    if (dd.isEmpty() || mm.isEmpty() || yy.isEmpty()) {
      return null;
    }
    mm = mm.toLowerCase(Locale.ROOT);
    if (!MONTHS.contains(mm)) {
      String swap = dd;
      dd = mm;
      mm = swap.toLowerCase(Locale.ROOT);
      if (!MONTHS.contains(mm)) {
        return null;
      }
    }
    int month = MONTHS.indexOf(mm) + 1;
    if (month > 12) {
      month -= 12;
    }
    if (dd.endsWith(",")) {
      dd = dd.substring(0, dd.length() - 1);
    }
    if (yy.indexOf(':') > 0) {
      String swap = yy;
      yy = tm;
      tm = swap;
    }
    if (yy.endsWith(",")) {
      yy = yy.substring(0, yy.length() - 1);
      if (yy.isEmpty()) {
        return null;
      }
    }
    if (yy.isEmpty() || !Character.isDigit(yy.charAt(0))) {
      String swap = yy;
      yy = tz;
      tz = swap;
    }
    if (tm.endsWith(",")) {
      tm = tm.substring(0, tm.length() - 1);
    }
    String[] t = tm.split(":", -1);
    if (t.length == 1 && tm.contains(".")) {
      t = tm.split("\\.", -1); // some mailers separate the time with dots
    }
    if (t.length != 2 && t.length != 3) {
      return null;
    }
    String thh = t[0];
    String tmm = t[1];
    String tss = t.length == 3 ? t[2] : "0";
    BigInteger[] n = {
      Py.parseInt(yy, 10),
      Py.parseInt(dd, 10),
      Py.parseInt(thh, 10),
      Py.parseInt(tmm, 10),
      Py.parseInt(tss, 10)
    };
    for (BigInteger x : n) {
      if (x == null || x.bitLength() > 31) {
        return null;
      }
    }
    int year = n[0].intValue();
    if (year < 100) {
      year += year > 68 ? 1900 : 2000;
    }
    Integer tzoffset = null;
    tz = tz.toUpperCase(Locale.ROOT);
    if (ZONES.containsKey(tz)) {
      tzoffset = ZONES.get(tz);
    } else {
      BigInteger v = Py.parseInt(tz, 10);
      if (v != null && v.bitLength() < 31) {
        tzoffset = v.intValue();
      }
      if (tzoffset != null && tzoffset == 0 && tz.startsWith("-")) {
        tzoffset = null;
      }
    }
    ZoneOffset offset = null;
    if (tzoffset != null) {
      int sign = tzoffset < 0 ? -1 : 1;
      int abs = Math.abs(tzoffset);
      int seconds = sign * ((abs / 100) * 3600 + (abs % 100) * 60);
      try {
        offset = ZoneOffset.ofTotalSeconds(seconds);
      } catch (DateTimeException e) {
        return null; // Python: timedelta out of range for timezone -> ValueError
      }
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              year, month, n[1].intValue(), n[2].intValue(), n[3].intValue(), n[4].intValue());
      if (year < 1 || year > 9999) {
        return null;
      }
      return new Parsed(local, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
