package org.jcherry.samples.wiki;

import java.util.regex.Pattern;

/** What a page name may be: it is a URL segment, so letters, digits, {@code _} and {@code -}. */
final class PageNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");

  static final String RULE =
      "A page name is 1 to 80 letters, digits, '_' or '-', starting with a letter or digit.";

  private PageNames() {}

  static boolean valid(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  static String title(String name) {
    return name.replace('_', ' ');
  }

  /** A title typed in a form as a page name: spaces become {@code _}. */
  static String fromTitle(String title) {
    return title.strip().replaceAll("\\s+", "_");
  }
}
