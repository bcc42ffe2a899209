package org.jcherry.samples.wiki;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Page text to HTML with commonmark-java. Raw HTML in the text is escaped and link targets such as
 * {@code javascript:} are dropped, so a page cannot script its readers.
 */
final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private Markdown() {}

  static String html(String text) {
    return RENDERER.render(PARSER.parse(text));
  }
}
