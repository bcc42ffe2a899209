package org.jcherry.http;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HTTP headers: names compared without regard to case, repeated names kept in arrival order. Names
 * are written out Title-Cased ({@code Content-Type}, {@code Etag}), as CherryPy writes them.
 */
public final class HeaderMap {
  /** Headers whose repeated values form one comma-separated list (RFC 9110 5.3), as cheroot joins them. */
  private static final Set<String> LIST_HEADERS =
      Set.of(
          "accept", "accept-charset", "accept-encoding", "accept-language", "accept-ranges", "allow",
          "cache-control", "connection", "content-encoding", "content-language", "expect", "if-match",
          "if-none-match", "pragma", "proxy-authenticate", "te", "trailer", "transfer-encoding", "upgrade",
          "vary", "via", "warning", "www-authenticate");

  private final List<String> names = new ArrayList<>(12);
  private final List<String> values = new ArrayList<>(12);
  private Consumer<String> readListener;

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
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        String v = values.get(i);
        found = found == null || !LIST_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? v : found + ", " + v;
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
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        out.add(values.get(i));
      }
    }
    return out;
  }

  /**
   * The elements of every {@code name} header, best quality first: {@code Accept: text/html;q=0.5, *}
   * gives {@code *} then {@code text/html}.
   */
  public List<HeaderElements.Element> elements(String name) {
    return HeaderElements.of(this, name);
  }

  public boolean contains(String name) {
    return get(name) != null;
  }

  /** Replaces every value of {@code name} with {@code value}; {@code null} removes the header. */
  public HeaderMap put(String name, String value) {
    remove(name);
    if (value != null) {
      add(name, value);
    }
    return this;
  }

  /** Adds one more value of {@code name}. */
  public HeaderMap add(String name, String value) {
    names.add(name);
    values.add(value);
    return this;
  }

  /** Removes every value of {@code name}; returns whether there was one. */
  public boolean remove(String name) {
    boolean removed = false;
    for (int i = names.size() - 1; i >= 0; i--) {
      if (names.get(i).equalsIgnoreCase(name)) {
        names.remove(i);
        values.remove(i);
        removed = true;
      }
    }
    return removed;
  }

  public int size() {
    return names.size();
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** The name of entry {@code i}, as it was given. */
  public String nameAt(int i) {
    return names.get(i);
  }

  public String valueAt(int i) {
    return values.get(i);
  }

  /** The distinct names, in first-arrival order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (String n : names) {
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
    names.clear();
    values.clear();
  }

  /** {@code content-type} becomes {@code Content-Type}, {@code ETAG} becomes {@code Etag}. */
  public static String titleCase(String name) {
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

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      sb.append(names.get(i)).append(": ").append(values.get(i)).append('\n');
    }
    return sb.toString();
  }
}
