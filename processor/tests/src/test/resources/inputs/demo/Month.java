package demo;

import org.jcherry.Expose;

/** A node made per request by Calendar.month. */
public class Month {
  private final String year;
  private final String month;

  public Month(String year, String month) {
    this.year = year;
    this.month = month;
  }

  @Expose
  public String index() {
    return year + "/" + month;
  }
}
