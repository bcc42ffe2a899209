package org.jcherry.samples.errors;

import org.jcherry.Expose;
import org.jcherry.HTTPError;

/**
 * {@code /custom/...}: unexpected exceptions below here answer with {@link
 * ErrorsApp#CUSTOM_ERROR_RESPONSE} ({@code request.error_response}); an HTTPError is not affected.
 */
public class Custom {
  @Expose
  public String ok() {
    return "custom ok";
  }

  @Expose
  public String boom() {
    throw new IllegalStateException("kaboom");
  }

  @Expose
  public String fail() {
    throw new HTTPError(409, "conflict here");
  }
}
