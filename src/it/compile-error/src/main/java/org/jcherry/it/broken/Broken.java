package org.jcherry.it.broken;

import java.util.Date;
import org.jcherry.Expose;

/** Two misuses the processor must name, each on its own line. */
public class Broken {
  @Expose
  public String index() {
    return "fine";
  }

  @Expose
  String secret() {
    return "not public";
  }

  @Expose
  public String since(Date when) {
    return "since " + when;
  }
}
