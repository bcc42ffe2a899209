package org.jcherry.samples.dispatch;

import org.jcherry.Cherry;
import org.jcherry.Expose;
import org.jcherry.http.Request;

/** The app {@code main} of dispatch.py, mounted at the site root. */
public class MainRoot {
  public final Archive archive = new Archive();
  public final Users users = new Users();
  public final Shelf shelf = new Shelf();

  @Expose
  public String index() {
    return "dispatch main index";
  }

  @Expose
  public String whereami() {
    Request req = Cherry.request();
    return "script_name=[" + req.scriptName() + "] path_info=[" + req.pathInfo() + "]";
  }
}
