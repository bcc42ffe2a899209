package org.jcherry.samples.wiki;

import org.jcherry.http.ErrorPage;
import org.jcherry.jte.Jte;

/**
 * The wiki's own 404, 413, 500 and other error pages, from the {@code error} template. The message
 * is the error's (escaped by the template); a 500 says only that it is our fault, whatever the
 * exception was.
 */
final class ErrorPages implements ErrorPage.Renderer {
  @Override
  public Object render(String status, String message, String traceback, String version) {
    String text;
    if (status.startsWith("500")) {
      text = "Something went wrong on our side. It has been logged; please try again later.";
    } else if (status.startsWith("413")) {
      text = "That upload is larger than this page accepts (1 MB).";
    } else {
      text = message;
    }
    return Jte.render((out, html) -> JteerrorGenerated.render(out, html, status, text));
  }
}
