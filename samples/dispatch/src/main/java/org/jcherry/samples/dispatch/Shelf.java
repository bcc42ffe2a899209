package org.jcherry.samples.dispatch;

import org.jcherry.Cherry;
import org.jcherry.CpDispatch;
import org.jcherry.Expose;
import org.jcherry.dispatch.VirtualPath;

/** {@code /shelf/}: a dispatch method pops a numeric book id and continues on the book. */
public class Shelf {
  private final Book book = new Book();

  @CpDispatch
  public Object dispatch(VirtualPath vpath) {
    String first = vpath.peek();
    if (first != null && !first.isEmpty() && first.chars().allMatch(Character::isDigit)) {
      Cherry.request().params().put("book_id", vpath.pop());
      return book;
    }
    return null;
  }

  @Expose
  public String index() {
    return "shelf index";
  }

  @Expose
  public String about() {
    return "shelf about";
  }
}
