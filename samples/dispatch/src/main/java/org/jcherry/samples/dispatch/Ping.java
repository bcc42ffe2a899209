package org.jcherry.samples.dispatch;

import org.jcherry.Expose;

/** {@code /api/ping}: a resource that answers GET (and so HEAD) only. */
public class Ping {
  @Expose
  public String GET() {
    return "pong";
  }
}
