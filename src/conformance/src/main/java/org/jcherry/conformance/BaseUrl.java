package org.jcherry.conformance;

import java.util.Locale;

/**
 * Where the server under test is ({@code --base http://HOST:PORT}), and the {@code {base}} and
 * {@code {host}} placeholders of case files expanded for it: check.py's {@code Context}.
 */
public final class BaseUrl {
  private final String host;
  private final int port;
  private final String hostport;
  private final String base;

  private BaseUrl(String host, int port) {
    this.host = host;
    this.port = port;
    this.hostport = host + ":" + port;
    this.base = "http://" + hostport;
  }

  /**
   * Parses {@code http://HOST[:PORT][/...]}; the port defaults to 80, the host is lower-cased.
   *
   * @throws IllegalArgumentException when it does not look like that
   */
  public static BaseUrl parse(String url) {
    int colon = url.indexOf(':');
    String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) || !url.startsWith("//", colon + 1)) {
      throw new IllegalArgumentException("base must look like http://HOST:PORT");
    }
    String rest = url.substring(colon + 3);
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String netloc = rest.substring(0, end);
    netloc = netloc.substring(netloc.lastIndexOf('@') + 1);
    String hostname;
    String portText;
    if (netloc.startsWith("[")) {
      int close = netloc.indexOf(']');
      hostname = close < 0 ? netloc.substring(1) : netloc.substring(1, close);
      String after = close < 0 ? "" : netloc.substring(close + 1);
      portText = after.startsWith(":") ? after.substring(1) : null;
    } else {
      int c = netloc.indexOf(':');
      hostname = c < 0 ? netloc : netloc.substring(0, c);
      portText = c < 0 ? null : netloc.substring(c + 1);
    }
    if (hostname.isEmpty()) {
      throw new IllegalArgumentException("base must look like http://HOST:PORT");
    }
    int port = 80;
    if (portText != null && !portText.isEmpty()) {
      if (!portText.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        throw new IllegalArgumentException(
            "Port could not be cast to integer value as '" + portText + "'");
      }
      long p = portText.length() > 6 ? Long.MAX_VALUE : Long.parseLong(portText);
      if (p > 65535) {
        throw new IllegalArgumentException("Port out of range 0-65535");
      }
      if (p != 0) {
        port = (int) p;
      }
    }
    return new BaseUrl(hostname.toLowerCase(Locale.ROOT), port);
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** {@code HOST:PORT}, what {@code {host}} stands for and the Host header carries. */
  public String hostport() {
    return hostport;
  }

  /** {@code http://HOST:PORT}, what {@code {base}} stands for. */
  public String base() {
    return base;
  }

  /** Replaces {@code {base}}, then {@code {host}}, in literal text. */
  public String expand(String text) {
    return text.replace("{base}", base).replace("{host}", hostport);
  }

  /** Replaces the placeholders in a regular expression with their escaped values. */
  public String expandRegex(String pattern) {
    return pattern
        .replace("{base}", PyRegex.escape(base))
        .replace("{host}", PyRegex.escape(hostport));
  }

  @Override
  public String toString() {
    return base;
  }
}
