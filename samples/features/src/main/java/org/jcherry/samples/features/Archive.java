package org.jcherry.samples.features;

import org.jcherry.Expose;
import org.jcherry.PopArgs;

/** {@code popargs} handing over to a child node and to a method. */
public class Archive {
  /** {@code /archive/2020/...}: pops the year, then {@link Year} answers. */
  @PopArgs("year")
  public final Year years = new Year();

  /** A year's node: {@code /archive/2020/5/delete} pops the month through {@link #month}. */
  public static class Year {
    @Expose
    public String index(String year) {
      return "year " + year;
    }

    @PopArgs("month")
    public Month month(String month) {
      return new Month(month);
    }
  }

  /** A month made per request by {@link Year#month}. */
  public static class Month {
    private final String month;

    public Month(String month) {
      this.month = month;
    }

    @Expose
    public String delete(String year) {
      return "delete year=" + year + " month=" + month;
    }
  }
}
