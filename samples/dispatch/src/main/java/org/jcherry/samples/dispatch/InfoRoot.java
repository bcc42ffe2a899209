package org.jcherry.samples.dispatch;

import org.jcherry.Cherry;
import org.jcherry.Expose;
import org.jcherry.http.Request;

/** The app {@code info} at {@code /mounted/deep}: a default handler echoing where it is. */
public class InfoRoot {
  @Expose
  public String default_(String... args) {
    Request req = Cherry.request();
    return "info script_name=["
        + req.scriptName()
        + "] path_info=["
        + req.pathInfo()
        + "] args=["
        + String.join("/", args)
        + "]";
  }
}
