package org.jcherry.samples.wiki;

/** {@code /api/}: served by the {@code MethodDispatcher}; {@code pages} is its one resource. */
public class Api {
  public final PagesApi pages;

  Api(Pages pages) {
    this.pages = new PagesApi(pages);
  }
}
