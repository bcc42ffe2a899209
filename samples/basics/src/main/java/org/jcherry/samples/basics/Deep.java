package org.jcherry.samples.basics;

import org.jcherry.Default;
import org.jcherry.Expose;

/** {@code /shop/deep/}: a node two levels down. */
public class Deep {
  @Expose
  public String index() {
    return "deep index";
  }

  /** {@code /shop/deep/leaf?value=}. */
  @Expose
  public String leaf(@Default("none") String value) {
    return "deep leaf value=" + value;
  }
}
