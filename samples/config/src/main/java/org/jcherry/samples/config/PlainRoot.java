package org.jcherry.samples.config;

import org.jcherry.Expose;

/** config.py's app at the site root: {@code /} and {@code /where}. */
public class PlainRoot {
  @Expose
  public String index() {
    return "config root index";
  }

  @Expose
  public String where() {
    return Show.urls();
  }
}
