package demo;

import org.jcherry.PopArgs;

/** Popargs on a method: called with the popped segments, by name, for the next node. */
public class Calendar {
  @PopArgs({"year", "month"})
  public Month month(String month, String year) {
    return new Month(year, month);
  }
}
