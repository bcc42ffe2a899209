package org.jcherry.samples.hello;

import org.jcherry.Default;
import org.jcherry.Expose;

/** The blog entries of one month: the slug is the path segment after the month. */
public class Entries {
  @Expose
  public String default_(String slug, String year, String month, @Default("") String x) {
    return "year=" + year + " month=" + month + " slug=" + slug + " x=" + x;
  }
}
