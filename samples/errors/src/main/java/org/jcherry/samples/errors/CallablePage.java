package org.jcherry.samples.errors;

import org.jcherry.Expose;
import org.jcherry.HTTPError;

/**
 * {@code /callable/...}: its 403 page comes from {@link ErrorsApp#DENY_PAGE}, an error page
 * renderer.
 */
public class CallablePage {
  @Expose
  public String deny() {
    throw new HTTPError(403, "no entry");
  }
}
