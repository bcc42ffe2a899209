package org.jcherry.it.serves;

import org.jcherry.CpConfig;
import org.jcherry.Expose;
import org.jcherry.PopArgs;

/** /archive/2024/5/ pops the year and month into index's parameters (CherryPy's popargs). */
@PopArgs({"year", "month"})
@CpConfig("response.headers.X-Archive = 'yes'")
public class Archive {
  @Expose
  public String index(int year, int month) {
    return String.format("archive %04d-%02d", year, month);
  }
}
