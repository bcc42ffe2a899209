package org.jcherry.it.incremental;

import org.jcherry.Expose;

/** Edited by the second build (profile edit-shop). */
public class Shop {
  @Expose
  public String index() {
    return "shop";
  }

  // more handlers
}
