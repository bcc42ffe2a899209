package demo;

import org.jcherry.Expose;

/** Where the archive continues after popping the year. */
public class Year {
  @Expose
  public String index(String year) {
    return "year " + year;
  }

  @Expose
  public String delete(String year) {
    return "deleted " + year;
  }
}
