package org.jcherry.internal;

import org.jcherry.http.Request;
import org.jcherry.http.Response;

/**
 * What a generated handler call receives: the request and response it serves, from which its row
 * ({@link PageHandlers}) binds the arguments.
 */
public final class Invocation {
  private final Request request;
  private final Response response;

  public Invocation(Request request, Response response) {
    this.request = request;
    this.response = response;
  }

  public Request request() {
    return request;
  }

  public Response response() {
    return response;
  }

  /**
   * Matches the request's positional arguments ({@code request.args()}) and parameters ({@code
   * request.params()}, read now, so tools may have edited them) against {@code signature}, raising
   * CherryPy's 404 or 400 when they do not fit.
   */
  Arguments bind(Signature signature) {
    return ArgumentBinder.bind(signature, request);
  }
}
