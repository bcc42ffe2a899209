package org.jcherry.tools.bad;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** A class that turns on a tool nobody registered: mounting it fails. */
@CpConfig("tools.nosuch.on = True")
public class UnknownTool {
  @Expose
  public String index() {
    return "never served";
  }
}
