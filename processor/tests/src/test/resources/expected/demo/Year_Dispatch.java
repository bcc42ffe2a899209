package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.PageHandlers;
import org.jcherry.internal.Param;

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
public final class Year_Dispatch implements DispatchTable<Year> {
  private static final PageHandlers<Year> HANDLERS = new PageHandlers<>(Year_Dispatch::call);

  /**
   * {@code /}: {@link Year#index(String)}
   */
  static final PageHandler<Year> INDEX = HANDLERS.row(0, "Year.index", PageHandlers.NO_CONFIG, Param.required("year"));

  /**
   * {@code /delete}: {@link Year#delete(String)}
   */
  static final PageHandler<Year> DELETE = HANDLERS.row(1, "Year.delete", PageHandlers.NO_CONFIG, Param.required("year"));

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
  private static Object call(int id, Year node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: // /
        return node.index(args.text(0));
      case 1: // /delete
        return node.delete(args.text(0));
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Year> handler(String name) {
    switch (name) {
      case "index": return INDEX; // /
      case "delete": return DELETE; // /delete
      default: return null;
    }
  }

  @Override
  public Object child(Year node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return PageHandlers.names("index", "delete");
  }

  @Override
  public List<Route> routes() {
    return List.of(
            Route.handler("/", "index(String year)"),
            Route.handler("/delete", "delete(String year)"));
  }
}
