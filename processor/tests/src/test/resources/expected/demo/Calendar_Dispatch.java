package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.dispatch.VirtualPath;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.ParamSink;

/**
 * Dispatch table for {@link Calendar}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /{year}/{month}/...    month(month, year) gives the next node
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Calendar_Dispatch implements DispatchTable<Calendar> {
  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Calendar_Dispatch() {
  }

  @Override
  public Class<Calendar> nodeType() {
    return Calendar.class;
  }

  @Override
  public PageHandler<Calendar> handler(String name) {
    return null;
  }

  @Override
  public Object child(Calendar node, String name) {
    return null;
  }

  @Override
  public boolean dispatches() {
    return true;
  }

  @Override
  public Object dispatch(Calendar node, VirtualPath vpath, ParamSink params) {
    String year = vpath.pop();
    String month = vpath.pop();
    return node.month(month, year);
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.hook("/{year}/{month}", "popargs year, month, then month(...)", Month.class));
  }
}
