package org.jcherry.tools.bad;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** See {@link IllTyped}. */
@CpConfig({"tools.gzip.on = True", "tools.gzip.compress_level = 'high'"})
public class Child {
  @Expose
  public String index() {
    return "never served";
  }
}
