package org.jcherry.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcherry.http.Urls;

/**
 * The path and query string a generated {@code <Root>_Urls} method builds before it hands them to
 * {@code Cherry.url(path, query)}: path segments percent-encoded (so a value with a space or a
 * {@code ?} comes back to the handler as it went in), query values as Python's {@code urlencode}
 * writes them, repeated for a list or array, left out when {@code null} or an empty {@code
 * Optional}.
 */
public final class UrlParts {
  private final StringBuilder path;
  private final Map<String, List<String>> query = new LinkedHashMap<>();

  private UrlParts(String start) {
    this.path = new StringBuilder(start);
  }

  /** Starts at {@code start}, a path relative to the application that needs no encoding. */
  public static UrlParts at(String start) {
    return new UrlParts(start);
  }

  /** Appends {@code text}, which needs no encoding (a handler or child name, {@code /}). */
  public UrlParts literal(String text) {
    path.append(text);
    return this;
  }

  /** Appends a slash and one encoded segment: a popped value. */
  public UrlParts segment(Object value) {
    path.append('/').append(encodeSegment(String.valueOf(value)));
    return this;
  }

  /** Appends each value as an encoded segment, slash-separated: CherryPy's {@code *args}. */
  public UrlParts segments(Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0 || path.length() == 0 || path.charAt(path.length() - 1) != '/') {
        path.append('/');
      }
      path.append(encodeSegment(String.valueOf(values[i])));
    }
    return this;
  }

  /** Adds {@code name=value} (each value of a list, an array or a present {@code Optional}). */
  public UrlParts query(String name, Object value) {
    List<String> texts = texts(value);
    if (!texts.isEmpty()) {
      query.computeIfAbsent(name, k -> new ArrayList<>()).addAll(texts);
    }
    return this;
  }

  /** Adds every entry of a keyword map (CherryPy's {@code **kwargs}). */
  public UrlParts keywords(Map<String, ?> values) {
    if (values != null) {
      values.forEach(this::query);
    }
    return this;
  }

  /** The path built, relative to the application. */
  public String path() {
    return path.length() == 0 ? "/" : path.toString();
  }

  /** The query string built, without {@code ?}; empty when there is none. */
  public String query() {
    return Urls.encodeQuery(query);
  }

  private static List<String> texts(Object value) {
    Object v = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (v instanceof Iterable) {
      ((Iterable<?>) v).forEach(e -> out.add(String.valueOf(e)));
    } else if (v instanceof Object[]) {
      Arrays.asList((Object[]) v).forEach(e -> out.add(String.valueOf(e)));
    } else if (v instanceof int[]) {
      Arrays.stream((int[]) v).forEach(e -> out.add(String.valueOf(e)));
    } else if (v instanceof long[]) {
      Arrays.stream((long[]) v).forEach(e -> out.add(String.valueOf(e)));
    } else if (v instanceof double[]) {
      Arrays.stream((double[]) v).forEach(e -> out.add(String.valueOf(e)));
    } else if (v instanceof boolean[]) {
      for (boolean e : (boolean[]) v) {
        out.add(String.valueOf(e));
      }
    } else if (v instanceof char[]) {
      for (char e : (char[]) v) {
        out.add(String.valueOf(e));
      }
    } else if (v instanceof float[]) {
      for (float e : (float[]) v) {
        out.add(String.valueOf(e));
      }
    } else if (v instanceof short[]) {
      for (short e : (short[]) v) {
        out.add(String.valueOf(e));
      }
    } else if (v instanceof byte[]) {
      for (byte e : (byte[]) v) {
        out.add(String.valueOf(e));
      }
    } else {
      out.add(String.valueOf(v));
    }
    return out;
  }

  /**
   * RFC 3986 {@code pchar} but {@code ;} (a path parameter to some servers): unreserved and
   * sub-delims stay, everything else is %XX of UTF-8.
   */
  static String encodeSegment(String text) {
    if (text.equals(".") || text.equals("..")) {
      return text.replace(".", "%2E"); // else normalized away
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~!$&'()*+,=:@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }
}
