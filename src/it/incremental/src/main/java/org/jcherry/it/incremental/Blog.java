package org.jcherry.it.incremental;

import org.jcherry.Expose;

/** Edited by the third build (profile edit-blog). */
public class Blog {
  @Expose
  public String index() {
    return "blog";
  }

  // more handlers
}
