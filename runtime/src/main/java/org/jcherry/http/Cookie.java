package org.jcherry.http;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One cookie, CherryPy's {@code Morsel}: a name, a value and the attributes of a {@code Set-Cookie}
 * line. Attributes are written in the order CherryPy writes them (alphabetical by attribute name),
 * the value quoted when it holds characters a cookie token may not.
 *
 * <pre>
 *   Cherry.response().cookies().set("flavour", "oatmeal raisin").path("/cookies").maxAge(120).httpOnly(true);
 * </pre>
 */
public final class Cookie {

  /** Attribute names as the config and {@code Set-Cookie} spell them; the key orders them. */
  private static final Map<String, String> ATTRIBUTES =
      Map.of(
          "comment", "Comment",
          "domain", "Domain",
          "expires", "expires",
          "httponly", "HttpOnly",
          "max-age", "Max-Age",
          "path", "Path",
          "samesite", "SameSite",
          "secure", "Secure",
          "version", "Version");

  private final String name;
  private String value;

  /** Lower-case attribute name to value; {@code ""} for a flag that is set. */
  private final TreeMap<String, String> attributes = new TreeMap<>();

  public Cookie(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  public Cookie value(String value) {
    this.value = value;
    return this;
  }

  public Cookie path(String path) {
    return set("path", path);
  }

  public Cookie domain(String domain) {
    return set("domain", domain);
  }

  public Cookie comment(String comment) {
    return set("comment", comment);
  }

  public Cookie maxAge(long seconds) {
    return set("max-age", Long.toString(seconds));
  }

  /**
   * {@code expires} so many seconds from now (0 or less: already expired), CherryPy's integer form.
   */
  public Cookie expires(long secondsFromNow) {
    return expires(Instant.now().plusSeconds(secondsFromNow));
  }

  public Cookie expires(Instant when) {
    return set("expires", HttpDates.format(when));
  }

  /** {@code expires} as written, for example {@code "Thu, 01 Jan 1970 00:00:00 GMT"}. */
  public Cookie expires(String httpDate) {
    return set("expires", httpDate);
  }

  public Cookie secure(boolean on) {
    return flag("secure", on);
  }

  public Cookie httpOnly(boolean on) {
    return flag("httponly", on);
  }

  /** {@code Strict}, {@code Lax} or {@code None}. */
  public Cookie sameSite(String policy) {
    return set("samesite", policy);
  }

  /**
   * The attribute {@code name} ({@code path}, {@code max-age}, ... any case), {@code ""} for a flag
   * that is set, {@code null} when unset.
   */
  public String attribute(String name) {
    return attributes.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Sets attribute {@code name} ({@code null} unsets it); a flag ({@code secure}, {@code httponly})
   * is set by any value.
   *
   * @throws IllegalArgumentException when {@code name} is no cookie attribute
   */
  public Cookie attribute(String name, String value) {
    String key = name.toLowerCase(Locale.ROOT);
    if (!ATTRIBUTES.containsKey(key)) {
      throw new IllegalArgumentException(
          "Invalid cookie attribute "
              + PythonText.repr(name)
              + "; use one of "
              + new TreeMap<>(ATTRIBUTES).keySet());
    }
    return key.equals("secure") || key.equals("httponly")
        ? flag(key, value != null)
        : set(key, value);
  }

  /** The {@code Set-Cookie} header value: {@code name=value; Attr=v; Flag}. */
  public String headerValue() {
    StringBuilder sb = new StringBuilder(name).append('=').append(CookieSyntax.quote(value));
    for (Map.Entry<String, String> a : attributes.entrySet()) {
      sb.append("; ").append(ATTRIBUTES.get(a.getKey()));
      if (!a.getValue().isEmpty()) {
        sb.append('=')
            .append(a.getKey().equals("comment") ? CookieSyntax.quote(a.getValue()) : a.getValue());
      }
    }
    return sb.toString();
  }

  private Cookie set(String key, String v) {
    if (v == null || v.isEmpty()) {
      attributes.remove(key);
    } else {
      attributes.put(key, v);
    }
    return this;
  }

  private Cookie flag(String key, boolean on) {
    if (on) {
      attributes.put(key, "");
    } else {
      attributes.remove(key);
    }
    return this;
  }

  @Override
  public String toString() {
    return headerValue();
  }
}
