package org.jcherry.samples.sessions;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /off/...}: sessions off, so no cookie. */
@CpConfig("tools.sessions.on = False")
public class Off {
  @Expose
  public String ping() {
    return "pong without session";
  }
}
