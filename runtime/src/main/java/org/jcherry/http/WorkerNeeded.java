package org.jcherry.http;

/**
 * Thrown where a request served on the IO thread ({@link Request#onIoThread}) reaches something
 * that may block before anything of it has run (a popargs or {@code _cp_dispatch} step of the walk,
 * a handler or tool that may block): the pipeline gives the request to a worker, which serves it
 * from the start. Never seen by handlers, never logged: it carries no stack trace.
 */
public final class WorkerNeeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one instance: the signal carries nothing. */
  public static final WorkerNeeded INSTANCE = new WorkerNeeded();

  private WorkerNeeded() {
    super("a request on the IO thread needs a worker", null, false, false);
  }
}
