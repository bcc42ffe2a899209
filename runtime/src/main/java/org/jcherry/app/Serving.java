package org.jcherry.app;

import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * The request and response the current thread is serving, CherryPy's {@code cherrypy.serving}; set
 * for the length of one request (and of each internal redirect), cleared afterwards.
 */
public final class Serving {
  private static final ThreadLocal<Serving> CURRENT = new ThreadLocal<>();

  private final Request request;
  private final Response response;
  private final Application app;

  private Serving(Application app, Request request, Response response) {
    this.app = app;
    this.request = request;
    this.response = response;
  }

  /** What this thread serves, or {@code null} outside a request. */
  public static Serving current() {
    return CURRENT.get();
  }

  public Request request() {
    return request;
  }

  public Response response() {
    return response;
  }

  public Application app() {
    return app;
  }

  static Serving enter(Application app, Request request, Response response) {
    Serving s = new Serving(app, request, response);
    CURRENT.set(s);
    return s;
  }

  static void leave() {
    // Not remove(): the thread serves again soon, and set(null) keeps its slot for the next set.
    CURRENT.set(null);
  }
}
