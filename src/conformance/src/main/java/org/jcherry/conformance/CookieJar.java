package org.jcherry.conformance;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * check.py's per-client cookie jar: name, path and value of every cookie a response set, parsed as
 * Python's {@code http.cookies.SimpleCookie} parses a Set-Cookie value (a header it refuses is
 * ignored whole), dropped again by {@code Max-Age <= 0} or an {@code expires} date in the past, and
 * sent on later requests whose path starts with the cookie's path, sorted by name and value.
 */
public final class CookieJar {
  private static final String KEY_CHARS =
      "\\w\\d!#%&'~_`><@,:/\\$\\*\\+\\-\\.\\^\\|\\)\\(\\?\\}\\{\\=";
  private static final String VALUE_CHARS = KEY_CHARS + "\\[\\]";
  private static final Pattern COOKIE =
      Pattern.compile(
          "\\s*(?<key>["
              + KEY_CHARS
              + "]+?)"
              + "(\\s*=\\s*(?<val>\"(?:[^\\\\\"]|\\\\.)*\""
              + "|\\w{3},\\s[\\w\\d\\s-]{9,11}\\s[\\d:]{8}\\sGMT"
              + "|["
              + VALUE_CHARS
              + "]*))?"
              + "\\s*(\\s+|;|$)",
          Pattern.UNIX_LINES);
  private static final Pattern LEGAL_KEY = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~:]+");
  private static final Set<String> RESERVED =
      Set.of(
          "expires",
          "path",
          "comment",
          "domain",
          "max-age",
          "secure",
          "httponly",
          "version",
          "samesite");
  private static final Set<String> FLAGS = Set.of("secure", "httponly");

  /** (name, path) to value, in insertion order. */
  private final Map<List<String>, String> items = new LinkedHashMap<>();

  /** Takes in every Set-Cookie header of {@code obs}. */
  public void update(Observed obs) {
    update(obs, Instant.now());
  }

  void update(Observed obs, Instant now) {
    for (String raw : obs.getAll("Set-Cookie")) {
      Map<String, Map<String, String>> morsels = load(raw);
      if (morsels == null) {
        continue;
      }
      for (Map.Entry<String, Map<String, String>> m : morsels.entrySet()) {
        Map<String, String> attrs = m.getValue();
        String path = attrs.getOrDefault("path", "");
        if (path.isEmpty()) {
          path = "/";
        }
        boolean dead = false;
        String maxAge = attrs.getOrDefault("max-age", "");
        String expires = attrs.getOrDefault("expires", "");
        if (!maxAge.isEmpty()) {
          BigInteger v = Py.parseInt(maxAge, 10);
          if (v != null) {
            dead = v.signum() <= 0;
          }
        } else if (!expires.isEmpty()) {
          HttpDate.Parsed when = HttpDate.parse(expires);
          if (when != null) {
            dead = !when.instant().isAfter(now);
          }
        }
        List<String> key = List.of(m.getKey(), path);
        if (dead) {
          items.remove(key);
        } else {
          items.put(key, attrs.get(""));
        }
      }
    }
  }

  /** The Cookie header to send with a request for {@code path} (query ignored), or {@code null}. */
  public String headerFor(String path) {
    String p = path.split("\\?", 2)[0];
    List<String[]> pairs = new ArrayList<>();
    for (Map.Entry<List<String>, String> e : items.entrySet()) {
      if (p.startsWith(e.getKey().get(1))) {
        pairs.add(new String[] {e.getKey().get(0), e.getValue()});
      }
    }
    if (pairs.isEmpty()) {
      return null;
    }
    // Python sorts (name, value) tuples, comparing strings by code point.
    Comparator<String> byCodePoint =
        Comparator.comparing((String s) -> s.codePoints().toArray(), Arrays::compare);
    pairs.sort(
        Comparator.comparing((String[] pair) -> pair[0], byCodePoint)
            .thenComparing(pair -> pair[1], byCodePoint));
    StringBuilder sb = new StringBuilder();
    for (String[] pair : pairs) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(pair[0]).append('=').append(pair[1]);
    }
    return sb.toString();
  }

  /** The cookies held, {@code name=value (path)}, for messages and tests. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (Map.Entry<List<String>, String> e : items.entrySet()) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(e.getKey().get(0))
          .append('=')
          .append(e.getValue())
          .append(" (")
          .append(e.getKey().get(1))
          .append(')');
    }
    return sb.append(']').toString();
  }

  /**
   * {@code SimpleCookie().load(raw)}: cookie name to its attributes (lower-case names; the value
   * under {@code ""}), or {@code null} when Python raises CookieError. A syntactically invalid
   * string yields no cookies at all.
   */
  static Map<String, Map<String, String>> load(String raw) {
    List<String[]> parsed =
        new ArrayList<>(); // {type, key, value}; type "a" attribute, "k" key=value
    boolean morselSeen = false;
    int i = 0;
    int n = raw.length();
    Matcher m = COOKIE.matcher(raw);
    while (i >= 0 && i < n) {
      m.region(i, n);
      if (!m.lookingAt()) {
        break;
      }
      String key = m.group("key");
      String value = m.group("val");
      i = m.end();
      if (key.charAt(0) == '$') {
        if (!morselSeen) {
          continue;
        }
        parsed.add(new String[] {"a", key.substring(1), value});
      } else if (RESERVED.contains(key.toLowerCase(Locale.ROOT))) {
        if (!morselSeen) {
          return new LinkedHashMap<>();
        }
        if (value == null) {
          if (FLAGS.contains(key.toLowerCase(Locale.ROOT))) {
            parsed.add(new String[] {"a", key, "True"});
          } else {
            return new LinkedHashMap<>();
          }
        } else {
          parsed.add(new String[] {"a", key, unquote(value)});
        }
      } else if (value != null) {
        parsed.add(new String[] {"k", key, unquote(value)});
        morselSeen = true;
      } else {
        return new LinkedHashMap<>();
      }
    }
    Map<String, Map<String, String>> jar = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String[] item : parsed) {
      if (item[0].equals("a")) {
        String attr = item[1].toLowerCase(Locale.ROOT);
        if (!RESERVED.contains(attr)) {
          return null; // CookieError: Invalid attribute
        }
        Objects.requireNonNull(current).put(attr, item[2] == null ? "" : item[2]);
      } else {
        String key = item[1];
        if (RESERVED.contains(key.toLowerCase(Locale.ROOT)) || !LEGAL_KEY.matcher(key).matches()) {
          return null; // CookieError: reserved or illegal key
        }
        current = jar.computeIfAbsent(key, k -> new LinkedHashMap<>());
        current.put("", item[2]);
      }
    }
    return jar;
  }

  /**
   * http.cookies' {@code _unquote}: strips surrounding quotes and resolves {@code \ooo} and {@code
   * \x}.
   */
  static String unquote(String s) {
    if (s == null || s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
      return s;
    }
    String body = s.substring(1, s.length() - 1);
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\\' && isOctal(body, i + 1)) {
        out.append((char) Integer.parseInt(body.substring(i + 1, i + 4), 8));
        i += 4;
      } else if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) != '\n') {
        out.append(body.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isOctal(String s, int at) {
    return at + 3 <= s.length()
        && s.charAt(at) >= '0'
        && s.charAt(at) <= '3'
        && s.charAt(at + 1) >= '0'
        && s.charAt(at + 1) <= '7'
        && s.charAt(at + 2) >= '0'
        && s.charAt(at + 2) <= '7';
  }
}
