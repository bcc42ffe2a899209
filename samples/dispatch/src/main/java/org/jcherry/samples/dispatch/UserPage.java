package org.jcherry.samples.dispatch;

import org.jcherry.Default;
import org.jcherry.Expose;

/** One user's pages; {@code user_id} was popped from the path. */
public class UserPage {
  @Expose
  public String index(String user_id) {
    return "user " + user_id;
  }

  @Expose
  public String posts(String user_id, @Default("5") String n) {
    return "user " + user_id + " posts n=" + n;
  }
}
