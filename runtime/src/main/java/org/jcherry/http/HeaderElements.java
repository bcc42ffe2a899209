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

  /**
   * The elements of every {@code name} header of {@code headers}, in CherryPy's order: for {@code
   * Accept*} and {@code TE}, best quality first and, at equal quality, in descending text order;
   * for other headers in descending value order. (CherryPy sorts ascending, then reverses, so
   * {@code gzip, identity} puts {@code identity} first.)
   */
  public static List<Element> of(HeaderMap headers, String name) {
    boolean accept = name.regionMatches(true, 0, "Accept", 0, 6) || name.equalsIgnoreCase("TE");
    List<Element> out = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String header : headers.getAll(name)) {
      for (String item : items(header)) {
        Element e = parse(item);
        if (e != null) {
          out.add(e);
          texts.add(text(item));
        }
      }
    }
    Integer[] order = new Integer[out.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Comparator<Integer> ascending =
        accept
            ? Comparator.<Integer>comparingDouble(i -> out.get(i).q()).thenComparing(texts::get)
            : Comparator.comparing(i -> out.get(i).value());
    java.util.Arrays.sort(order, ascending);
    List<Element> sorted = new ArrayList<>(out.size());
    for (int i = order.length - 1; i >= 0; i--) {
      sorted.add(out.get(order[i]));
    }
    return sorted;
  }

  /**
   * The items of a header value split at its commas outside quotes: those with an even number of
   * quotes after them, as CherryPy's {@code re.split(',(?=(?:[^"]*"[^"]*")*[^"]*$)')} splits (a
   * regular expression that takes time quadratic in the commas, and stack in the quotes, here).
   */
  private static List<String> items(String header) {
    int quotesAfter = 0;
    for (int i = 0; i < header.length(); i++) {
      if (header.charAt(i) == '"') {
        quotesAfter++;
      }
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quotesAfter--;
      } else if (c == ',' && quotesAfter % 2 == 0) {
        out.add(header.substring(start, i));
        start = i + 1;
      }
    }
    out.add(header.substring(start));
    // As String.split: trailing empty items are dropped.
    int n = out.size();
    while (n > 0 && out.get(n - 1).isEmpty()) {
      out.remove(--n);
    }
    return out;
  }

  /**
   * An element as CherryPy prints it for sorting: {@code value;k=v}, spaces around atoms dropped.
   */
  private static String text(String item) {
    StringBuilder sb = new StringBuilder();
    for (String atom : item.split(";")) {
      String a = atom.trim();
      if (a.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        int eq = a.indexOf('=');
        a = eq < 0 ? a : a.substring(0, eq).trim() + "=" + a.substring(eq + 1).trim();
        sb.append(';');
      }
      sb.append(a);
    }
    return sb.toString();
  }

  /** Parses one {@code value;k=v;k2=v2}; {@code null} when empty. */
  public static Element parse(String item) {
    String[] parts = item.split(";");
    // ";;" splits into no parts at all.
    String value = parts.length == 0 ? "" : parts[0].trim();
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
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
