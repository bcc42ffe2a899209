package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /stamped/...}: the custom tool {@code stamp}, with its default label and another. */
@CpConfig("tools.stamp.on = True")
public class Stamped {
  @Expose
  public String index() {
    return "stamped index";
  }

  @Expose
  @CpConfig("tools.stamp.label = 'other-label'")
  public String other() {
    return "stamped other";
  }
}
