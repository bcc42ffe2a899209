package org.jcherry.samples.dispatch;

import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Expose;

/**
 * A REST resource for the MethodDispatcher tests: PATCH and an explicit HEAD besides GET, a method
 * with its own config, and a child resource.
 */
public class Notes {
  public final Tags tags = new Tags();

  @Expose
  public String GET(String... ids) {
    return "notes " + String.join("+", ids);
  }

  @Expose
  @CpConfig("response.headers.X-Patched = 'yes'")
  public String PATCH(String id) {
    return "patched " + id;
  }

  /** Not an HTTP method name: reachable only as a path segment of the default dispatcher. */
  @Expose
  public String helper() {
    return "helper";
  }

  /** A child resource that answers HEAD itself and has no GET. */
  public static class Tags {
    @Expose
    public String HEAD() {
      Cherry.response().headers().put("X-Head", "own");
      return "";
    }

    @Expose
    public String DELETE() {
      return "tags deleted";
    }
  }
}
