package org.jcherry.servlet;

import org.jcherry.Expose;

/** The JCherry tree beside the grafted servlets. */
public class Site {
  private final String name;

  public Site(String name) {
    this.name = name;
  }

  @Expose
  public String index() {
    return name + " index";
  }

  @Expose
  public String page(String id) {
    return name + " page " + id;
  }
}
