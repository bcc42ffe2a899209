package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/**
 * {@code /tsx/...}: trailing_slash with {@code extra}: {@code /tsx/page/} redirects to {@code
 * /tsx/page}.
 */
@CpConfig("tools.trailing_slash.extra = True")
public class TsExtra {
  @Expose
  public String index() {
    return "tsx index";
  }

  @Expose
  public String page() {
    return "tsx page";
  }
}
