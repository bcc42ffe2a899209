package org.jcherry.http;

import java.nio.charset.Charset;
import java.util.Locale;

/** Charset names as CherryPy users write them ({@code utf8}, {@code latin-1}), mapped to Java charsets. */
public final class Charsets {
  private Charsets() {}

  /** The charset named {@code name}, or {@code null} when Java does not know it. */
  public static Charset lookup(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (n) {
      case "utf8":
        n = "utf-8";
        break;
      case "utf-16":
      case "utf16":
        // Python's utf-16 writes a byte-order mark and little-endian units (Java's, big-endian).
        n = "x-UTF-16LE-BOM";
        break;
      case "latin-1":
      case "latin1":
      case "l1":
        n = "iso-8859-1";
        break;
      default:
        break;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
