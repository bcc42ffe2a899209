package org.jcherry.samples.dispatch;

import java.util.Optional;
import org.jcherry.Expose;
import org.jcherry.PopArgs;

/** {@code /archive/[YEAR[/MONTH]]}: popargs on the class; an exposed method wins over popping. */
@PopArgs({"year", "month"})
public class Archive {
  @Expose
  public String index(Optional<String> year, Optional<String> month) {
    return "archive year=" + Python.str(year) + " month=" + Python.str(month);
  }

  @Expose
  public String latest() {
    return "archive latest";
  }
}
