package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.Arguments;
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
public final class Month_Dispatch implements DispatchTable<Month> {
  private static final PageHandlers<Month> HANDLERS = new PageHandlers<>(Month_Dispatch::call);

  /**
   * {@code /}: {@link Month#index()}
   */
  static final PageHandler<Month> INDEX = HANDLERS.row(0, "Month.index", PageHandlers.NO_CONFIG);

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
  private static Object call(int id, Month node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: // /
        return node.index();
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Month> handler(String name) {
    switch (name) {
      case "index": return INDEX; // /
      default: return null;
    }
  }

  @Override
  public Object child(Month node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return PageHandlers.names("index");
  }

  @Override
  public List<Route> routes() {
    return List.of(
            Route.handler("/", "index()"));
  }
}
