package org.jcherry.samples.dispatch;

import org.jcherry.Expose;

/**
 * The app {@code api} at {@code /api}, served by the MethodDispatcher: every node is a resource.
 */
public class ApiRoot {
  public final Items items = new Items();
  public final Ping ping = new Ping();

  @Expose
  public String GET() {
    return "api root";
  }
}
