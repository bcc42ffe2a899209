package demo;

import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.PopArgs;

/** CherryPy popargs on a class: /blog/2024/05/ calls index(2024, 5). */
@PopArgs({"year", "month"})
public class Blog {
  @Expose
  public String index(int year, @Default("1") int month) {
    return "blog " + year + "-" + month;
  }

  @Expose
  public String create() {
    return "create";
  }
}
