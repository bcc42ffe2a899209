package demo;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.dispatch.VirtualPath;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.ParamSink;
import org.jcherry.internal.Signature;

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
  private static final Signature INDEX_SIGNATURE = Signature.builder()
      .required("year")
      .withDefault("month", "1")
      .build();

  /**
   * {@code /}: {@link Blog#index(int, int)}
   */
  static final PageHandler<Blog> INDEX = PageHandler.of("Blog.index", Map.of(), (node, call) -> {
    Arguments args = call.bind(INDEX_SIGNATURE);
    return node.index(args.get(0, Integer::valueOf), args.get(1, Integer::valueOf));
  });

  private static final Signature CREATE_SIGNATURE = Signature.builder().build();

  /**
   * {@code /create}: {@link Blog#create()}
   */
  static final PageHandler<Blog> CREATE = PageHandler.of("Blog.create", Map.of(), (node, call) -> {
    call.bind(CREATE_SIGNATURE);
    return node.create();
  });

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Blog_Dispatch() {
  }

  @Override
  public Class<Blog> nodeType() {
    return Blog.class;
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
    return List.of("index", "create");
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
