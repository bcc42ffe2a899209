package org.jcherry.samples.features;

import org.jcherry.Default;
import org.jcherry.Expose;

/** Index and default side by side: {@code /shelf/} is the index, {@code /shelf/a/b} the default. */
public class Shelf {
  @Expose
  public String index() {
    return "shelf index";
  }

  @Expose
  public String default_(String... vpath) {
    return "shelf default " + String.join("/", vpath);
  }

  @Expose
  public String book(@Default("1") int n) {
    return "book " + n;
  }
}
