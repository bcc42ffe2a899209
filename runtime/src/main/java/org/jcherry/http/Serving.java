package org.jcherry.http;

/**
 * The request and response the current thread is serving, CherryPy's {@code cherrypy.serving}: set
 * by the pipeline for the length of one request (and of each internal redirect), cleared
 * afterwards. For library calls made from a handler that need the request they serve, such as
 * {@code FileServer.serve(path, ...)}; code that is handed the request uses that one.
 */
public final class Serving {
  private static final ThreadLocal<Serving> CURRENT = new ThreadLocal<>();

  private final Request request;
  private final Response response;

  private Serving(Request request, Response response) {
    this.request = request;
    this.response = response;
  }

  /** What this thread serves, or {@code null} outside a request. */
  public static Serving current() {
    return CURRENT.get();
  }

  /**
   * What this thread serves.
   *
   * @throws IllegalStateException outside a request
   */
  public static Serving now() {
    Serving s = CURRENT.get();
    if (s == null) {
      throw new IllegalStateException("No request is being served on this thread.");
    }
    return s;
  }

  public Request request() {
    return request;
  }

  public Response response() {
    return response;
  }

  static void enter(Request request, Response response) {
    CURRENT.set(new Serving(request, response));
  }

  static void leave() {
    // Not remove(): the thread serves again soon, and set(null) keeps its slot for the next set.
    CURRENT.set(null);
  }
}
