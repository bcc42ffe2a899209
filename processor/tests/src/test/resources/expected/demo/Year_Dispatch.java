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
 * Dispatch table for {@link Year}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /          index(year)
 *   /delete    delete(year)
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Year_Dispatch implements DispatchTable<Year>, PageHandlers.Calls<Year> {
  /**
   * The handlers, one row per exposed method; a row's number is its position.
   */
  private final PageHandlers<Year> handlers = new PageHandlers<Year>(
      this,
      // 0: /
      HandlerRow.of("Year.index", "index").required("year"),
      // 1: /delete
      HandlerRow.of("Year.delete", "delete").required("year"));

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Year_Dispatch() {
  }

  @Override
  public Class<Year> nodeType() {
    return Year.class;
  }

  /**
   * Calls the method of row {@code id} on {@code node} with its bound arguments.
   */
  @Override
  public Object call(int id, Year node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: return node.index(args.text(0)); // /
      case 1: return node.delete(args.text(0)); // /delete
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Year> handler(String name) {
    return handlers.handler(name);
  }

  @Override
  public Object child(Year node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return handlers.names();
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.handler("/", "index(String year)"),
            Route.handler("/delete", "delete(String year)"));
  }
}
