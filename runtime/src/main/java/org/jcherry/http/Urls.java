package org.jcherry.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * URL arithmetic as CherryPy does it: {@code urljoin} of RFC 3986, CherryPy's {@code
 * normalize_path}, query strings from maps, and the {@code relative} forms of {@code
 * cherrypy.url()}.
 */
public final class Urls {
  private Urls() {}

  /** Resolves {@code ref} against {@code base} (Python's {@code urllib.parse.urljoin}). */
  public static String join(String base, String ref) {
    if (ref == null || ref.isEmpty()) {
      return base;
    }
    if (hasScheme(ref)) {
      return ref;
    }
    int schemeEnd = base.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : base.substring(0, schemeEnd + 1);
    String rest = schemeEnd < 0 ? base : base.substring(schemeEnd + 1);
    String authority = "";
    String path = rest;
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      authority = slash < 0 ? rest : rest.substring(0, slash);
      path = slash < 0 ? "" : rest.substring(slash);
    }
    String basePath = stripQuery(path);
    if (ref.startsWith("//")) {
      return scheme + ref;
    }
    String refPath = stripQuery(ref);
    String refTail = ref.substring(refPath.length());
    String merged;
    if (refPath.isEmpty()) {
      return scheme + authority + basePath + refTail;
    } else if (refPath.startsWith("/")) {
      merged = refPath;
    } else {
      int last = basePath.lastIndexOf('/');
      String dir = last < 0 ? (authority.isEmpty() ? "" : "/") : basePath.substring(0, last + 1);
      merged = dir + refPath;
    }
    return scheme + authority + removeDots(merged) + refTail;
  }

  /**
   * CherryPy's {@code normalize_path}: resolves {@code ./} and {@code ../}; extra {@code ..} at the
   * top are dropped.
   */
  public static String normalize(String path) {
    if (!path.contains("./")) {
      return path;
    }
    List<String> atoms = new ArrayList<>();
    for (String atom : path.split("/", -1)) {
      if (atom.equals(".") || atom.isEmpty()) {
        continue;
      }
      if (atom.equals("..")) {
        if (!atoms.isEmpty()) {
          atoms.remove(atoms.size() - 1);
        }
      } else {
        atoms.add(atom);
      }
    }
    String p = String.join("/", atoms);
    return path.startsWith("/") ? "/" + p : p;
  }

  /**
   * A query string from a map (Python's {@code urlencode}): {@code a=1&b=x+y}; list values repeat
   * the key.
   */
  public static String encodeQuery(Map<?, ?> params) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<?, ?> e : params.entrySet()) {
      Object v = e.getValue();
      Iterable<?> values =
          v instanceof Iterable
              ? (Iterable<?>) v
              : v instanceof Object[] ? Arrays.asList((Object[]) v) : List.of(String.valueOf(v));
      for (Object item : values) {
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(plus(e.getKey())).append('=').append(plus(item));
      }
    }
    return sb.toString();
  }

  /** {@code http://h/a/b} to {@code /a/b}: CherryPy's {@code relative='server'}. */
  public static String serverRelative(String url) {
    String[] parts = url.split("/", 4);
    return "/" + (parts.length > 3 ? parts[3] : "");
  }

  /**
   * {@code url} relative to {@code current} ({@code ../../abs}): CherryPy's {@code relative=True}.
   */
  public static String relativeTo(String current, String url) {
    List<String> old = new ArrayList<>(Arrays.asList(current.split("/", -1)));
    old.remove(old.size() - 1);
    List<String> now = new ArrayList<>(Arrays.asList(url.split("/", -1)));
    while (!old.isEmpty() && !now.isEmpty() && old.get(0).equals(now.get(0))) {
      old.remove(0);
      now.remove(0);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < old.size(); i++) {
      out.add("..");
    }
    out.addAll(now);
    return String.join("/", out);
  }

  private static String plus(Object o) {
    return URLEncoder.encode(String.valueOf(o), StandardCharsets.UTF_8);
  }

  private static boolean hasScheme(String ref) {
    int colon = ref.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = ref.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return Character.isLetter(ref.charAt(0));
  }

  private static String stripQuery(String s) {
    int q = s.indexOf('?');
    int h = s.indexOf('#');
    int cut = q < 0 ? h : (h < 0 ? q : Math.min(q, h));
    return cut < 0 ? s : s.substring(0, cut);
  }

  /** RFC 3986 section 5.2.4, as Python's urljoin applies it. */
  private static String removeDots(String path) {
    if (!path.contains(".")) {
      return path;
    }
    String[] segs = path.split("/", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < segs.length; i++) {
      String s = segs[i];
      boolean last = i == segs.length - 1;
      if (s.equals("..")) {
        if (out.size() > 1) {
          out.remove(out.size() - 1);
        }
        if (last) {
          out.add("");
        }
      } else if (s.equals(".")) {
        if (last) {
          out.add("");
        }
      } else {
        out.add(s);
      }
    }
    return String.join("/", out);
  }
}
