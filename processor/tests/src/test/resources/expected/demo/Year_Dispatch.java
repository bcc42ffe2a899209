package demo;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.Signature;

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
  private static final Signature INDEX_SIGNATURE = Signature.builder()
      .required("year")
      .build();

  /**
   * {@code /}: {@link Year#index(String)}
   */
  static final PageHandler<Year> INDEX = PageHandler.of("Year.index", Map.of(), (node, call) -> {
    Arguments args = call.bind(INDEX_SIGNATURE);
    return node.index(args.text(0));
  });

  private static final Signature DELETE_SIGNATURE = Signature.builder()
      .required("year")
      .build();

  /**
   * {@code /delete}: {@link Year#delete(String)}
   */
  static final PageHandler<Year> DELETE = PageHandler.of("Year.delete", Map.of(), (node, call) -> {
    Arguments args = call.bind(DELETE_SIGNATURE);
    return node.delete(args.text(0));
  });

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Year_Dispatch() {
  }

  @Override
  public Class<Year> nodeType() {
    return Year.class;
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
    return List.of("index", "delete");
  }

  @Override
  public List<Route> routes() {
    return List.of(
            Route.handler("/", "index(String year)"),
            Route.handler("/delete", "delete(String year)"));
  }
}
