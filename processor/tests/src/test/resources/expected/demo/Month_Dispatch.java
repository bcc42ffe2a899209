package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.HandlerRow;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.PageHandlers;

/**
 * Dispatch table for {@link Month}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /    index()
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Month_Dispatch implements DispatchTable<Month>, PageHandlers.Calls<Month> {
  /**
   * The handlers, one row per exposed method; a row's number is its position.
   */
  private final PageHandlers<Month> handlers = new PageHandlers<Month>(
      this,
      // 0: /
      HandlerRow.of("Month.index", "index"));

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Month_Dispatch() {
  }

  @Override
  public Class<Month> nodeType() {
    return Month.class;
  }

  /**
   * Calls the method of row {@code id} on {@code node} with its bound arguments.
   */
  @Override
  public Object call(int id, Month node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: return node.index(); // /
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Month> handler(String name) {
    return handlers.handler(name);
  }

  @Override
  public Object child(Month node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return handlers.names();
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.handler("/", "index()"));
  }
}
