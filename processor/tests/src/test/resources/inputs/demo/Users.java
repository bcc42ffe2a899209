package demo;

import org.jcherry.CpDispatch;
import org.jcherry.dispatch.VirtualPath;

/** CherryPy's _cp_dispatch: /users/bob/profile continues on the member bob. */
public class Users {
  @CpDispatch
  public Object route(VirtualPath vpath) {
    String who = vpath.pop();
    return who == null ? null : new Member(who);
  }
}
