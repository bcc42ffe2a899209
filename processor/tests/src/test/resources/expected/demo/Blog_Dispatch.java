package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.dispatch.VirtualPath;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.HandlerRow;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.PageHandlers;
import org.jcherry.internal.ParamSink;

/**
 * Dispatch table for {@link Blog}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /                      index(year, month)
 *   /create                create()
 *   /{year}/{month}/...    popargs year, month, then this node
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Blog_Dispatch implements DispatchTable<Blog>, PageHandlers.Calls<Blog> {
  /**
   * The handlers, one row per exposed method; a row's number is its position.
   */
  private final PageHandlers<Blog> handlers = new PageHandlers<Blog>(
      this,
      // 0: /
      HandlerRow.of("Blog.index", "index").required("year").withDefault("month", "1"),
      // 1: /create
      HandlerRow.of("Blog.create", "create"));

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Blog_Dispatch() {
  }

  @Override
  public Class<Blog> nodeType() {
    return Blog.class;
  }

  /**
   * Calls the method of row {@code id} on {@code node} with its bound arguments.
   */
  @Override
  public Object call(int id, Blog node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: return node.index(args.integer(0), args.integer(1)); // /
      case 1: return node.create(); // /create
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Blog> handler(String name) {
    return handlers.handler(name);
  }

  @Override
  public Object child(Blog node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return handlers.names();
  }

  @Override
  public boolean dispatches() {
    return true;
  }

  @Override
  public Object dispatch(Blog node, VirtualPath vpath, ParamSink params) {
    if (!vpath.isEmpty()) {
      params.put("year", vpath.pop());
    }
    if (!vpath.isEmpty()) {
      params.put("month", vpath.pop());
    }
    return vpath.isEmpty() ? node : attribute(node, vpath.pop());
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.handler("/", "index(int year, int month = 1)"),
            Route.handler("/create", "create()"),
            Route.hook("/{year}/{month}", "popargs year, month", Blog.class));
  }
}
