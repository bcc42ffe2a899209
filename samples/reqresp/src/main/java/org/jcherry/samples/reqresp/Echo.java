package org.jcherry.samples.reqresp;

import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.Expose;
import org.jcherry.http.Request;

/** {@code /echo[/...]}: any method, any path below, any parameters. */
public class Echo {
  @Expose
  public String default_(Map<String, Object> kwargs, String... args) {
    Request req = Cherry.request();
    return "method="
        + req.method()
        + " path_info="
        + req.pathInfo()
        + " query_string="
        + req.queryString()
        + " protocol="
        + req.protocol()
        + " args="
        + String.join("/", args)
        + "\n";
  }
}
