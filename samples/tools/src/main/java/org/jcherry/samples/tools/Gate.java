package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /gate/}: the custom tool {@code gate} refuses requests without {@code X-Token: open}. */
@CpConfig("tools.gate.on = True")
public class Gate {
  @Expose
  public String index() {
    return "through the gate";
  }
}
