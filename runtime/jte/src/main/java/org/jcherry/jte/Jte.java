package org.jcherry.jte;

import gg.jte.html.HtmlInterceptor;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import org.jcherry.Cherry;

/**
 * Renders a JTE template that {@code jte-maven-plugin} precompiled (goal {@code generate}, {@code
 * contentType} Html) as a handler's answer, in one line:
 *
 * <pre>{@code
 * @Expose
 * public String index() {
 *   return Jte.html((out, html) -> JtepageGenerated.render(out, html, page));
 * }
 * }</pre>
 *
 * The generated class is called directly, as JCherry's dispatch tables are: no template is looked
 * up, loaded or reflected on at run time, and a wrong parameter is a compile error. Everything a
 * template writes with {@code ${...}} is HTML-escaped for the context it lands in (text, attribute,
 * script) by JTE's OWASP output.
 */
public final class Jte {
  private Jte() {}

  /** A call of one generated template's {@code render} with its parameters bound. */
  @FunctionalInterface
  public interface Template {
    void render(HtmlTemplateOutput output, HtmlInterceptor interceptor);
  }

  /** The template's HTML, with the current response's {@code Content-Type} set to UTF-8 HTML. */
  public static String html(Template template) {
    Cherry.response().headers().put("Content-Type", "text/html;charset=utf-8");
    return render(template);
  }

  /** The template's HTML, touching no response (for error pages and mails). */
  public static String render(Template template) {
    StringOutput out = new StringOutput();
    template.render(new OwaspHtmlTemplateOutput(out), null);
    return out.toString();
  }
}
