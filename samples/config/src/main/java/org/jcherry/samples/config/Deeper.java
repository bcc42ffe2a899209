package org.jcherry.samples.config;

import org.jcherry.Expose;

/** {@code /cfg/section/deeper/}: configured by its path section only. */
public class Deeper {
  @Expose
  public String index() {
    return Show.config();
  }
}
