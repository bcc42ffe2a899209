package org.jcherry.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cookies by name, CherryPy's {@code SimpleCookie}: {@link Request#cookies()} holds those the
 * client sent, {@link Response#cookies()} those to send, each written as one {@code Set-Cookie}
 * line after the other headers.
 */
public final class Cookies implements Iterable<Cookie> {
  private final Map<String, Cookie> byName = new LinkedHashMap<>();

  /** The cookies of every {@code Cookie} header in {@code headers}, later ones winning. */
  public static Cookies of(HeaderMap headers) {
    Cookies cookies = new Cookies();
    for (String header : headers.getAll("Cookie")) {
      CookieSyntax.parse(header, cookies);
    }
    return cookies;
  }

  /** The cookie {@code name}, or {@code null}. */
  public Cookie get(String name) {
    return byName.get(name);
  }

  /** The value of cookie {@code name}, or {@code null}. */
  public String value(String name) {
    Cookie c = byName.get(name);
    return c == null ? null : c.value();
  }

  /**
   * Sets cookie {@code name} to {@code value}, keeping its attributes when it exists; returns it so
   * attributes can follow ({@code .path("/").maxAge(60)}).
   */
  public Cookie set(String name, String value) {
    Cookie c = byName.get(name);
    if (c == null) {
      c = new Cookie(name, value);
      byName.put(name, c);
    } else {
      c.value(value);
    }
    return c;
  }

  /**
   * Removes cookie {@code name}; returns whether it was there. (To expire a client's cookie, set it
   * with {@code maxAge(0)}.)
   */
  public boolean remove(String name) {
    return byName.remove(name) != null;
  }

  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** The names, in the order they were first set. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  public int size() {
    return byName.size();
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  @Override
  public Iterator<Cookie> iterator() {
    return List.copyOf(byName.values()).iterator();
  }

  /** The {@code Set-Cookie} header values, sorted by cookie name as CherryPy writes them. */
  public List<String> headerValues() {
    List<String> out = new ArrayList<>(byName.size());
    for (Cookie c : new TreeMap<>(byName).values()) {
      out.add(c.headerValue());
    }
    return out;
  }

  @Override
  public String toString() {
    return String.join("\n", headerValues());
  }
}
