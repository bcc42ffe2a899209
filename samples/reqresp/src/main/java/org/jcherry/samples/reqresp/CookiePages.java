package org.jcherry.samples.reqresp;

import java.util.TreeSet;
import org.jcherry.Cherry;
import org.jcherry.Expose;
import org.jcherry.http.Cookies;

/** {@code /cookies/...}: the request's cookies, and cookies set and expired with attributes. */
public class CookiePages {
  @Expose
  public String show() {
    Cookies in = Cherry.request().cookies();
    StringBuilder sb = new StringBuilder("cookies:\n");
    for (String name : new TreeSet<>(in.names())) {
      sb.append(name).append('=').append(in.value(name)).append('\n');
    }
    return sb.toString();
  }

  @Expose
  public String set() {
    Cookies out = Cherry.response().cookies();
    out.set("plain", "one");
    out.set("flavour", "oatmeal raisin").path("/cookies").maxAge(120).httpOnly(true);
    out.set("secure_one", "shh").secure(true).sameSite("Strict");
    return "cookies set";
  }

  @Expose
  public String clear() {
    Cherry.response().cookies().set("plain", "").expires(0).maxAge(0);
    return "cookie cleared";
  }
}
