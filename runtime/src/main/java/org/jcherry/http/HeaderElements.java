package org.jcherry.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses list-valued headers ({@code Accept-Charset: utf-8;q=0.8, *}) into elements with their
 * parameters, sorted by quality as CherryPy's {@code headers.elements()} does.
 */
public final class HeaderElements {
  private HeaderElements() {}

  /** One element: its value, its parameters, and its quality (1 when not given). */
  public record Element(String value, Map<String, String> params, double q) {}

  /** The elements of every {@code name} header of {@code headers}, best quality first. */
  public static List<Element> of(HeaderMap headers, String name) {
    List<Element> out = new ArrayList<>();
    for (String header : headers.getAll(name)) {
      for (String item : header.split(",")) {
        Element e = parse(item);
        if (e != null) {
          out.add(e);
        }
      }
    }
    out.sort(Comparator.comparingDouble(Element::q).reversed());
    return out;
  }

  /** Parses one {@code value;k=v;k2=v2}; {@code null} when empty. */
  public static Element parse(String item) {
    String[] parts = item.split(";");
    String value = parts[0].trim();
    if (value.isEmpty()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    double q = 1;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      String k = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String v = eq < 0 ? "" : unquote(p.substring(eq + 1).trim());
      if (k.equals("q")) {
        try {
          q = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          q = 0;
        }
      } else if (!k.isEmpty()) {
        params.put(k, v);
      }
    }
    return new Element(value, params, q);
  }

  /** {@code type/sub;k=v}: a media type with its parameters, as CherryPy writes it. */
  public static String format(String value, Map<String, String> params) {
    StringBuilder sb = new StringBuilder(value);
    for (Map.Entry<String, String> p : params.entrySet()) {
      sb.append(';').append(p.getKey()).append('=').append(p.getValue());
    }
    return sb.toString();
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
