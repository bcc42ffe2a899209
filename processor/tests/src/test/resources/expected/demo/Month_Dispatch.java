package demo;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.Signature;

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
  private static final Signature INDEX_SIGNATURE = Signature.builder().build();

  /**
   * {@code /}: {@link Month#index()}
   */
  static final PageHandler<Month> INDEX = PageHandler.of("Month.index", Map.of(), (node, call) -> {
    call.bind(INDEX_SIGNATURE);
    return node.index();
  });

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Month_Dispatch() {
  }

  @Override
  public Class<Month> nodeType() {
    return Month.class;
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
    return List.of("index");
  }

  @Override
  public List<Route> routes() {
    return List.of(
            Route.handler("/", "index()"));
  }
}
