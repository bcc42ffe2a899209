package org.jcherry.dispatch;

/**
 * Attribute lookup on a node through its table, as CherryPy's {@code getattr(node, name, None)}.
 */
public final class Attributes {
  private Attributes() {}

  /**
   * The handler (bound to {@code node}) or child answering {@code name}, or {@code null}. Generated
   * {@code popargs} code calls it to resolve the segment left after popping.
   */
  public static <T> Object lookup(DispatchTable<T> table, T node, String name) {
    PageHandler<T> h = table.handler(name);
    if (h != null) {
      return new BoundHandler<>(node, h);
    }
    return table.child(node, name);
  }
}
