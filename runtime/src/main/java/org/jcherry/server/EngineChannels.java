package org.jcherry.server;

import org.jcherry.engine.Engine;

/**
 * The engine's request channels, published around every request as cheroot's server does: {@code
 * acquire_thread} and {@code before_request} before it is served, {@code after_request} after its
 * answer. Without an engine nothing is published.
 */
final class EngineChannels {
  private final Engine engine;

  /** {@code engine} may be {@code null}. */
  EngineChannels(Engine engine) {
    this.engine = engine;
  }

  /**
   * Whether nobody listens on {@code before_request} or {@code after_request}: a listener is user
   * code that may block, so only then may a request be served on the IO thread, where neither is
   * published (nor {@code acquire_thread}: an IO thread is not a request thread).
   */
  boolean quiet() {
    return engine == null
        || !(engine.hasListeners("before_request") || engine.hasListeners("after_request"));
  }

  void beforeRequest() {
    if (engine != null) {
      engine.fire("acquire_thread");
      engine.fire("before_request");
    }
  }

  /**
   * {@code threadEnds} when the request's thread ends with it (a virtual thread each): then also
   * {@code release_thread}, so that ThreadManager publishes {@code stop_thread} and forgets it,
   * rather than keeping one entry per request served.
   */
  void afterRequest(boolean threadEnds) {
    if (engine != null) {
      engine.fire("after_request");
      if (threadEnds) {
        engine.fire("release_thread");
      }
    }
  }
}
