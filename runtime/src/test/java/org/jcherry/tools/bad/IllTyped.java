package org.jcherry.tools.bad;

import org.jcherry.Expose;

/** A tree with a child whose config gives gzip a level that is no number: mounting it fails. */
public class IllTyped {
  public final Child child = new Child();

  @Expose
  public String index() {
    return "fine";
  }
}
