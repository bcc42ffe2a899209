package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.dispatch.VirtualPath;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.ParamSink;

/**
 * Dispatch table for {@link Users}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /...    route(vpath) gives the next node (CherryPy's _cp_dispatch)
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Users_Dispatch implements DispatchTable<Users> {
  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Users_Dispatch() {
  }

  @Override
  public Class<Users> nodeType() {
    return Users.class;
  }

  @Override
  public PageHandler<Users> handler(String name) {
    return null;
  }

  @Override
  public Object child(Users node, String name) {
    return null;
  }

  @Override
  public boolean dispatches() {
    return true;
  }

  @Override
  public Object dispatch(Users node, VirtualPath vpath, ParamSink params) {
    return node.route(vpath);
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.hook("/{...}", "_cp_dispatch route(vpath)", null));
  }
}
