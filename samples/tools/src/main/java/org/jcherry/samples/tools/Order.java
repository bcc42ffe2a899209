package org.jcherry.samples.tools;

import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** {@code /order/...}: four trace tools; {@code X-Trace} shows the order their hooks ran in. */
@CpConfig({
  "tools.trace_start.on = True",
  "tools.trace_a.on = True",
  "tools.trace_b.on = True",
  "tools.trace_end.on = True"
})
public class Order {
  @Expose
  public String index() {
    CustomTools.trace("handler");
    return "order index";
  }

  @Expose
  @CpConfig("tools.trace_a.priority = 10")
  public String flipped() {
    CustomTools.trace("handler");
    return "order flipped";
  }
}
