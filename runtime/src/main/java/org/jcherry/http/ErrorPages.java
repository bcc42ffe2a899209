package org.jcherry.http;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code error_page.*} entries of a config, checked once when the config is merged or mounted:
 * {@code error_page.404} (any 400-599 code) or {@code error_page.default}, each a template file
 * name (a string or {@link Path}) or an {@link ErrorPage.Renderer}. Answering an error looks its
 * page up here and checks nothing again.
 */
public final class ErrorPages {
  /** No custom pages: every error gets the default page. */
  public static final ErrorPages NONE = new ErrorPages(Map.of());

  private static final String PREFIX = "error_page.";

  private final Map<String, Object> pages;

  private ErrorPages(Map<String, Object> pages) {
    this.pages = pages;
  }

  /**
   * The error pages of {@code config}.
   *
   * @param where the config's place, for the message ({@code "app config section [/]"})
   * @throws IllegalArgumentException for a key that names no error status or a page of another type
   */
  public static ErrorPages of(Map<String, ?> config, String where) {
    Map<String, Object> pages = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : config.entrySet()) {
      String key = e.getKey();
      if (key.startsWith(PREFIX)) {
        pages.put(code(key, where), page(key, e.getValue(), where));
      }
    }
    return pages.isEmpty() ? NONE : new ErrorPages(Map.copyOf(pages));
  }

  /**
   * The page for {@code code} ({@code error_page.404}, else {@code error_page.default}): a file
   * name, a {@link Path} or a {@link ErrorPage.Renderer}; {@code null} for the default page.
   */
  public Object forCode(int code) {
    if (pages.isEmpty()) {
      return null;
    }
    Object p = pages.get(Integer.toString(code));
    return p != null ? p : pages.get("default");
  }

  /** {@code error_page.404} gives {@code "404"}: a 4xx/5xx code or {@code default}. */
  private static String code(String key, String where) {
    String code = key.substring(PREFIX.length());
    if (!code.equals("default") && !code.matches("[45][0-9][0-9]")) {
      throw new IllegalArgumentException(
          "Config "
              + key
              + " in "
              + where
              + " names no error status; use error_page.404 (400-599) or error_page.default");
    }
    return code;
  }

  private static Object page(String key, Object page, String where) {
    if (page instanceof ErrorPage.Renderer || page instanceof String || page instanceof Path) {
      return page;
    }
    throw new IllegalArgumentException(
        "Config "
            + key
            + " in "
            + where
            + " must be a template file name or an ErrorPage.Renderer, not "
            + page);
  }
}
