package org.jcherry.tools.bad;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** A handler whose config misspells a gzip argument: mounting it fails. */
public class MisspeltArgument {
  @Expose
  public String index() {
    return "fine";
  }

  @Expose
  @CpConfig({"tools.gzip.on = True", "tools.gzip.compress_levle = 9"})
  public String page() {
    return "never served";
  }
}
