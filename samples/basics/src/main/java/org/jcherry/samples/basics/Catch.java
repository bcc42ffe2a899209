package org.jcherry.samples.basics;

import java.util.Map;
import org.jcherry.Expose;

/** {@code /catch/...}: a node whose {@code default_} answers every path nothing else answers. */
public class Catch {
  @Expose
  public String index() {
    return "catch index";
  }

  @Expose
  public String known() {
    return "catch known";
  }

  /**
   * CherryPy's {@code default(self, *args, **kwargs)}: the remaining path segments and every
   * parameter. A repeated parameter arrives as a list and prints as Python prints one.
   */
  @Expose
  public String default_(Map<String, Object> kwargs, String... args) {
    StringBuilder params = new StringBuilder();
    for (Map.Entry<String, Object> e : Python.sorted(kwargs).entrySet()) {
      if (params.length() > 0) {
        params.append(';');
      }
      params.append(e.getKey()).append('=').append(Python.str(e.getValue()));
    }
    return "catch default args=" + String.join("/", args) + " params=" + params;
  }
}
