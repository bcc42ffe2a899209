package org.jcherry.samples.config;

import org.jcherry.CpConfig;
import org.jcherry.Expose;
import org.jcherry.HTTPRedirect;

/** {@code /cfg/section/}: class config, a method with its own, and three relative redirects. */
@CpConfig({
  "tools.response_headers.headers = [('X-Level', 'section')]",
  "custom.flavor = 'section-class'",
  "custom.colour = 'yellow'"
})
public class Section {
  public final Deeper deeper = new Deeper();

  @Expose
  public String index() {
    return Show.config();
  }

  @Expose
  @CpConfig({
    "tools.response_headers.headers = [('X-Level', 'method')]",
    "custom.flavor = 'method'"
  })
  public String special() {
    return Show.config();
  }

  @Expose
  public String hop() {
    throw new HTTPRedirect("special");
  }

  @Expose
  public String up() {
    throw new HTTPRedirect("../plain");
  }

  @Expose
  public String top() {
    throw new HTTPRedirect("/plain");
  }
}
