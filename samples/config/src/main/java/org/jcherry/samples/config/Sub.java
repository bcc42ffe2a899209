package org.jcherry.samples.config;

import org.jcherry.Expose;

/** {@code /cfg/sub/}: gzip is on here by path section, and off again below {@code nogz}. */
public class Sub {
  public final NoGz nogz = new NoGz();

  @Expose
  public String text() {
    return ConfigApp.LONG_TEXT;
  }
}
