package org.jcherry.samples.basics;

import org.jcherry.Default;
import org.jcherry.Expose;

/** {@code /shop/}: a nested node ({@code /shop} redirects to {@code /shop/}). */
public class Shop {
  public final Deep deep = new Deep();

  @Expose
  public String index() {
    return "shop index";
  }

  /** {@code /shop/item/ID?color=}: the id from the path (or query), the colour from the query. */
  @Expose
  public String item(String item_id, @Default("plain") String color) {
    return "item " + item_id + " color " + color;
  }
}
