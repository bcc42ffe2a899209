package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /etag/...}: automatic ETags and the conditional requests they allow. */
@CpConfig({"tools.etags.on = True", "tools.etags.autotags = True"})
public class Etag {
  @Expose
  public String page() {
    return "etag page body";
  }

  @Expose
  public String other() {
    return "another body for etags";
  }
}
