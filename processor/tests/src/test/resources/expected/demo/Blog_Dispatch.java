package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.dispatch.VirtualPath;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.PageHandlers;
import org.jcherry.internal.Param;
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
public final class Blog_Dispatch implements DispatchTable<Blog> {
  private static final PageHandlers<Blog> HANDLERS = new PageHandlers<>(Blog_Dispatch::call);

  /**
   * {@code /}: {@link Blog#index(int, int)}
   */
  static final PageHandler<Blog> INDEX = HANDLERS.row(0, "Blog.index", PageHandlers.NO_CONFIG, Param.required("year"), Param.withDefault("month", "1"));

  /**
   * {@code /create}: {@link Blog#create()}
   */
  static final PageHandler<Blog> CREATE = HANDLERS.row(1, "Blog.create", PageHandlers.NO_CONFIG);

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
  private static Object call(int id, Blog node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: // /
        return node.index(args.get(0, Integer::valueOf), args.get(1, Integer::valueOf));
      case 1: // /create
        return node.create();
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Blog> handler(String name) {
    switch (name) {
      case "index": return INDEX; // /
      case "create": return CREATE; // /create
      default: return null;
    }
  }

  @Override
  public Object child(Blog node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return PageHandlers.names("index", "create");
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
    return List.of(
            Route.handler("/", "index(int year, int month = 1)"),
            Route.handler("/create", "create()"),
            Route.hook("/{year}/{month}", "popargs year, month", Blog.class));
  }
}
