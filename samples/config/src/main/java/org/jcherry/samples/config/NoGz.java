package org.jcherry.samples.config;

import org.jcherry.Expose;

/** {@code /cfg/sub/nogz/}. */
public class NoGz {
  @Expose
  public String text() {
    return ConfigApp.LONG_TEXT;
  }
}
