package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.dispatch.VirtualPath;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.ParamSink;

/**
 * Dispatch table for {@link Archive}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /{year}/...    popargs year, then field years
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Archive_Dispatch implements DispatchTable<Archive> {
  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Archive_Dispatch() {
  }

  @Override
  public Class<Archive> nodeType() {
    return Archive.class;
  }

  @Override
  public PageHandler<Archive> handler(String name) {
    return null;
  }

  @Override
  public Object child(Archive node, String name) {
    return null;
  }

  @Override
  public boolean dispatches() {
    return true;
  }

  @Override
  public Object dispatch(Archive node, VirtualPath vpath, ParamSink params) {
    if (!vpath.isEmpty()) {
      params.put("year", vpath.pop());
    }
    return node.years;
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.hook("/{year}", "popargs year, then years", Year.class));
  }
}
