package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /exp/...}: the expires tool with and without force. */
public class Exp {
  @Expose
  @CpConfig({"tools.expires.on = True", "tools.expires.secs = 3600", "tools.expires.force = True"})
  public String hour() {
    return "cache me for an hour";
  }

  /** Without force, expires only acts on responses that already look cacheable. */
  @Expose
  @CpConfig({"tools.expires.on = True", "tools.expires.secs = 3600"})
  public String lazy() {
    return "not obviously cacheable";
  }

  @Expose
  @CpConfig({
    "tools.etags.on = True",
    "tools.etags.autotags = True",
    "tools.expires.on = True",
    "tools.expires.secs = 60"
  })
  public String tagged() {
    return "tagged, so expires applies";
  }

  @Expose
  @CpConfig({"tools.expires.on = True", "tools.expires.secs = 0", "tools.expires.force = True"})
  public String never() {
    return "never cache me";
  }
}
