package org.jcherry;

/**
 * Raise to serve another path of the same application in place of this one, as a new GET request
 * with no body; the first request is then {@code request.prev()}. {@code path} may carry a query
 * string ({@code "/target?from=here"}) and is resolved against the current path.
 */
public class InternalRedirect extends JCherryException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String queryString;

  public InternalRedirect(String path) {
    this(path, "");
  }

  public InternalRedirect(String path, String queryString) {
    super("internal redirect to " + path);
    int q = path.indexOf('?');
    String qs = queryString == null ? "" : queryString;
    if (q >= 0) {
      qs = path.substring(q + 1);
      path = path.substring(0, q);
    }
    this.path = Cherry.resolvePath(path);
    this.queryString = qs;
  }

  /** The path info to serve, relative to the application's script name. */
  public String path() {
    return path;
  }

  public String queryString() {
    return queryString;
  }
}
