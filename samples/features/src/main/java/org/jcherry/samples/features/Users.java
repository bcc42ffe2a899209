package org.jcherry.samples.features;

import org.jcherry.Cherry;
import org.jcherry.CpDispatch;
import org.jcherry.Expose;
import org.jcherry.dispatch.VirtualPath;

/** CherryPy's {@code _cp_dispatch}: {@code /users/bob/profile} calls {@code profile(who="bob")}. */
public class Users {
  @CpDispatch
  public Object lookup(VirtualPath vpath) {
    Cherry.request().params().put("who", vpath.pop());
    return this;
  }

  @Expose
  public String profile(String who) {
    return "profile of " + who;
  }
}
