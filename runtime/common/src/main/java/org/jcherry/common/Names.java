package org.jcherry.common;

/**
 * How CherryPy turns a path segment into an attribute name: every ASCII punctuation character
 * becomes {@code _}.
 */
public final class Names {
  private Names() {}

  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /**
   * Per ASCII char, whether it becomes {@code _}: every segment of every request is looked up here.
   */
  private static final boolean[] REPLACED = new boolean[128];

  static {
    for (char c : PUNCTUATION.toCharArray()) {
      REPLACED[c] = c != '_';
    }
  }

  /** {@code page.html} and {@code page-html} both become {@code page_html}. */
  public static String translate(String segment) {
    char[] chars = null;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < 128 && REPLACED[c]) {
        if (chars == null) {
          chars = segment.toCharArray();
        }
        chars[i] = '_';
      }
    }
    return chars == null ? segment : new String(chars);
  }
}
