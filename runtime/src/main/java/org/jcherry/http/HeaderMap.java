package org.jcherry.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * HTTP headers: names compared without regard to case, repeated names kept in arrival order. Names
 * are written out Title-Cased ({@code Content-Type}, {@code Etag}), as CherryPy writes them.
 */
public final class HeaderMap {
  /**
   * Headers whose repeated values form one comma-separated list (RFC 9110 5.3), as cheroot joins
   * them.
   */
  private static final Set<String> LIST_HEADERS =
      Set.of(
          "accept",
          "accept-charset",
          "accept-encoding",
          "accept-language",
          "accept-ranges",
          "allow",
          "cache-control",
          "connection",
          "content-encoding",
          "content-language",
          "expect",
          "if-match",
          "if-none-match",
          "pragma",
          "proxy-authenticate",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "vary",
          "via",
          "warning",
          "www-authenticate");

  /**
   * Name, value, name, value, ... in arrival order: one small array, as most maps hold a few
   * headers.
   */
  private String[] entries;

  private int size;
  private Consumer<String> readListener;

  /** An empty map with room for four headers. */
  public HeaderMap() {
    this(4);
  }

  /** An empty map with room for {@code expected} headers, such as a request's as they arrived. */
  public HeaderMap(int expected) {
    entries = new String[2 * Math.max(expected, 1)];
  }

  /** Calls {@code listener} with each header name looked up from now on (the autovary tool). */
  public void onRead(Consumer<String> listener) {
    this.readListener = listener;
  }

  private void read(String name) {
    if (readListener != null) {
      readListener.accept(name);
    }
  }

  /**
   * The value of {@code name} as CherryPy's header dict holds it: the values of a repeated list
   * header ({@code Accept}, {@code Vary}, ...) joined with {@code ", "}, of any other header the
   * last one; {@code null} when there is none. {@link #getAll} gives every value.
   */
  public String get(String name) {
    read(name);
    String found = null;
    for (int i = 0; i < size; i++) {
      if (entries[2 * i].equalsIgnoreCase(name)) {
        String v = entries[2 * i + 1];
        found =
            found == null || !LIST_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                ? v
                : found + ", " + v;
      }
    }
    return found;
  }

  /** The value of {@code name} as {@link #get(String)} gives it, or {@code fallback}. */
  public String get(String name, String fallback) {
    String v = get(name);
    return v == null ? fallback : v;
  }

  /** Every value of {@code name}, in order. */
  public List<String> getAll(String name) {
    read(name);
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < size; i++) {
      if (entries[2 * i].equalsIgnoreCase(name)) {
        out.add(entries[2 * i + 1]);
      }
    }
    return out;
  }

  /**
   * The elements of every {@code name} header, best quality first: {@code Accept: text/html;q=0.5,
   * *} gives {@code *} then {@code text/html}.
   */
  public List<HeaderElements.Element> elements(String name) {
    return HeaderElements.of(this, name);
  }

  public boolean contains(String name) {
    return get(name) != null;
  }

  /**
   * Replaces every value of {@code name} with {@code value}, where the first of them stood (as
   * assigning to a Python dict key keeps its place); {@code null} removes the header.
   */
  public HeaderMap put(String name, String value) {
    if (value == null) {
      remove(name);
      return this;
    }
    int first = indexOf(name);
    if (first < 0) {
      return add(name, value);
    }
    entries[2 * first] = name;
    entries[2 * first + 1] = value;
    removeAfter(first, name);
    return this;
  }

  private int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (entries[2 * i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Adds one more value of {@code name}. */
  public HeaderMap add(String name, String value) {
    if (2 * size == entries.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
    }
    entries[2 * size] = name;
    entries[2 * size + 1] = value;
    size++;
    return this;
  }

  /** Removes every value of {@code name}; returns whether there was one. */
  public boolean remove(String name) {
    return removeAfter(-1, name);
  }

  /** Removes the values of {@code name} after entry {@code from}; returns whether there was one. */
  private boolean removeAfter(int from, String name) {
    int kept = from + 1;
    for (int i = kept; i < size; i++) {
      if (!entries[2 * i].equalsIgnoreCase(name)) {
        entries[2 * kept] = entries[2 * i];
        entries[2 * kept + 1] = entries[2 * i + 1];
        kept++;
      }
    }
    if (kept == size) {
      return false;
    }
    Arrays.fill(entries, 2 * kept, 2 * size, null);
    size = kept;
    return true;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The name of entry {@code i}, as it was given. */
  public String nameAt(int i) {
    return entries[2 * checked(i)];
  }

  public String valueAt(int i) {
    return entries[2 * checked(i) + 1];
  }

  private int checked(int i) {
    return Objects.checkIndex(i, size);
  }

  /** The distinct names, in first-arrival order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String n = entries[2 * i];
      boolean seen = false;
      for (String o : out) {
        seen |= o.equalsIgnoreCase(n);
      }
      if (!seen) {
        out.add(n);
      }
    }
    return Collections.unmodifiableList(out);
  }

  public void clear() {
    Arrays.fill(entries, 0, 2 * size, null);
    size = 0;
  }

  /** {@code content-type} becomes {@code Content-Type}, {@code ETAG} becomes {@code Etag}. */
  public static String titleCase(String name) {
    if (isTitleCase(name)) {
      return name;
    }
    char[] c = name.toLowerCase(Locale.ROOT).toCharArray();
    boolean start = true;
    for (int i = 0; i < c.length; i++) {
      if (start) {
        c[i] = Character.toUpperCase(c[i]);
      }
      start = c[i] == '-';
    }
    return new String(c);
  }

  private static boolean isTitleCase(String name) {
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (start ? Character.isLowerCase(c) : Character.isUpperCase(c)) {
        return false;
      }
      start = c == '-';
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      sb.append(entries[2 * i]).append(": ").append(entries[2 * i + 1]).append('\n');
    }
    return sb.toString();
  }
}
