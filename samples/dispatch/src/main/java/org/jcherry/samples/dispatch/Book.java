package org.jcherry.samples.dispatch;

import org.jcherry.Default;
import org.jcherry.Expose;

/** A book reached through the shelf's dispatch method. */
public class Book {
  @Expose
  public String index(String book_id) {
    return "book " + book_id;
  }

  @Expose
  public String chapter(String book_id, @Default("1") String number) {
    return "book " + book_id + " chapter " + number;
  }
}
