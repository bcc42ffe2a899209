package org.jcherry.it.incremental;

import org.jcherry.AppRoot;
import org.jcherry.Expose;

/** The root of a three-table tree. */
@AppRoot
public class Root {
  public final Blog blog = new Blog();
  public final Shop shop = new Shop();

  @Expose
  public String index() {
    return "root";
  }
}
