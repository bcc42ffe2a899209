package org.jcherry.samples.features;

import org.jcherry.Expose;
import org.jcherry.PopArgs;

/** {@code popargs} on a class: {@code /blog/2024/05/} calls {@code index(year, month)}. */
@PopArgs({"year", "month"})
public class Blog {
  @Expose
  public String index(int year, int month) {
    return "blog " + year + "-" + month;
  }

  @Expose
  public String create() {
    return "create";
  }
}
