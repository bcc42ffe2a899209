package org.jcherry.samples.errors;

import org.jcherry.Expose;
import org.jcherry.HTTPError;

/**
 * {@code /nopage/...}: not-found answers below here use the page template {@code
 * errors_files/404.html} ({@code error_page.404}, set in the app config's {@code /nopage} section
 * by {@link ErrorsApp}, since the file's place is known only at start-up).
 */
public class NoPage {
  @Expose
  public String here() {
    return "nopage here";
  }

  @Expose
  public String teapot() {
    throw new HTTPError(418);
  }
}
