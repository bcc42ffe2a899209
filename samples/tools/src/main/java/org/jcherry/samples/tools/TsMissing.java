package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /tsm/}: trailing_slash with {@code missing} off: {@code /tsm} serves the index. */
@CpConfig("tools.trailing_slash.missing = False")
public class TsMissing {
  @Expose
  public String index() {
    return "tsm index";
  }
}
