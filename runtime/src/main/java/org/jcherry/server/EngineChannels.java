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

  void beforeRequest() {
    if (engine != null) {
      engine.fire("acquire_thread");
      engine.fire("before_request");
    }
  }

  void afterRequest() {
    if (engine != null) {
      engine.fire("after_request");
    }
  }
}
