package org.jcherry.internal;

/**
 * A page handler together with the node it belongs to: what CherryPy's {@code getattr} returns for
 * an exposed method (a bound method). It may stand in the dispatch trail like a node.
 */
public final class BoundHandler<T> {
  private final T node;
  private final PageHandler<T> handler;

  public BoundHandler(T node, PageHandler<T> handler) {
    this.node = node;
    this.handler = handler;
  }

  public PageHandler<T> handler() {
    return handler;
  }

  /** Calls the handler on its node. */
  public Object call(Invocation invocation) throws Exception {
    return handler.call(node, invocation);
  }

  @Override
  public String toString() {
    return handler.name();
  }
}
