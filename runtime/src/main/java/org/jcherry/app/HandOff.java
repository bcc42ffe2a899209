package org.jcherry.app;

import java.util.function.Supplier;
import org.jcherry.http.Response;

/**
 * Thrown out of {@link Tree#serveOnIoThread} when a request begun on the IO thread must go on on a
 * worker: the server calls {@link #resume()} there. Whatever ran on the IO thread ran once: the
 * resumed part starts where it stopped (from the start, or at the target of an internal redirect).
 */
public final class HandOff extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Supplier<Response> rest;

  HandOff(Supplier<Response> rest) {
    super("a request on the IO thread goes on on a worker", null, false, false);
    this.rest = rest;
  }

  /** Serves the rest of the request, on a worker thread; returns its finalised response. */
  public Response resume() {
    return rest.get();
  }
}
