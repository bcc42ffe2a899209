package org.jcherry.http;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What only the request pipeline may do to a request: mount it, give it its plan, move its stage,
 * make it the current one. A handler or tool reads these from the {@link Request}; it cannot set
 * them, because the one instance of this class goes to the first caller of {@link #claim()}, the
 * pipeline itself (org.jcherry.app), when it is loaded: before any handler can run. This is the
 * JDK's "shared secrets" pattern without the module system to hide the class.
 */
public final class PipelineAccess {
  private static final AtomicBoolean CLAIMED = new AtomicBoolean();

  private PipelineAccess() {}

  /**
   * The access, for the pipeline; once per class loader.
   *
   * @throws IllegalStateException on a second call: the pipeline holds it already
   */
  public static PipelineAccess claim() {
    if (!CLAIMED.compareAndSet(false, true)) {
      throw new IllegalStateException(
          "The request pipeline holds PipelineAccess already: it is not for handlers or tools");
    }
    return new PipelineAccess();
  }

  /** Where the application put the request: its script name and the path below it. */
  public void mount(Request request, String scriptName, String pathInfo) {
    request.scriptName = scriptName;
    request.pathInfo = pathInfo;
  }

  /** The plan of the handler the request was dispatched to. */
  public void plan(Request request, RequestPlan plan) {
    request.plan = plan;
  }

  /** The processing stage, for error reports. */
  public void stage(Request request, String stage) {
    request.stage = stage;
  }

  /** The app's {@code relative_urls}: the form of URLs made for this request. */
  public void relativeUrls(Request request, Object relativeUrls) {
    request.relativeUrls = relativeUrls;
  }

  /** The request an internal redirect made {@code request} from. */
  public void redirectedFrom(Request request, Request prev) {
    request.prev = prev;
  }

  /** Whether the request is served on the IO thread ({@link Request#onIoThread}). */
  public void ioThread(Request request, boolean onIoThread) {
    request.onIoThread = onIoThread;
  }

  /** The body entity, made before its hook point. */
  public void body(Request request, RequestBody body) {
    request.body = body;
  }

  /** The unexpected exception being handled. */
  public void error(Request request, Throwable error) {
    request.error = error;
  }

  /** Makes {@code request} and {@code response} the current thread's, until {@link #leave()}. */
  public void enter(Request request, Response response) {
    Serving.enter(request, response);
  }

  /** The current thread serves nothing. */
  public void leave() {
    Serving.leave();
  }
}
