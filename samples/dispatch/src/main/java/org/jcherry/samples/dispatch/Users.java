package org.jcherry.samples.dispatch;

import org.jcherry.Expose;
import org.jcherry.PopArgs;

/** {@code /users/}: a list; {@code /users/ID/...} pops the id and continues on the user page. */
public class Users {
  /** CherryPy's {@code popargs('user_id', handler=UserPage())}. */
  @PopArgs("user_id")
  public final UserPage page = new UserPage();

  @Expose
  public String index() {
    return "user list";
  }
}
