package org.jcherry.dispatch;

import java.util.List;
import java.util.Map;
import org.jcherry.internal.BoundHandler;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.ParamSink;

/**
 * What the object-tree dispatcher may ask of one handler class: the generated {@code
 * <Class>_Dispatch} implements it, so that the walk CherryPy does with {@code getattr} is done with
 * {@code switch} statements written at compile time.
 *
 * <p>Names given to these methods are already translated (every ASCII punctuation character turned
 * into {@code _}), as CherryPy's dispatcher does before looking an attribute up. Implementations
 * are stateless and thread-safe.
 *
 * @param <T> the handler class
 */
public interface DispatchTable<T> {

  /** The handler class this table serves; a node whose runtime class is this uses this table. */
  Class<T> nodeType();

  /**
   * The exposed handler answering {@code name} on this class (its method name or an alias), or
   * {@code null}. {@code index} and {@code default} are looked up here too.
   */
  PageHandler<T> handler(String name);

  /**
   * The child node named {@code name} of {@code node} (a public field or getter), or {@code null}
   * when there is none or its value is {@code null}.
   */
  Object child(T node, String name);

  /**
   * The names {@link #handler} answers, one per exposed method (aliases left out): lets the
   * application walk its tree at mount time to check every handler's config, and the {@link
   * MethodDispatcher} find a resource's HTTP methods.
   */
  default List<String> handlerNames() {
    return List.of();
  }

  /** The names {@link #child} answers. */
  default List<String> childNames() {
    return List.of();
  }

  /** The exposed {@code default_} handler of this class, or {@code null}. */
  default PageHandler<T> defaultHandler() {
    return handler("default");
  }

  /**
   * Called when {@link #handler} and {@link #child} found nothing for the first segment of {@code
   * vpath} and more segments remain: CherryPy's {@code _cp_dispatch} and {@code popargs}. May
   * remove segments from the front of {@code vpath} and add request parameters through {@code
   * params}.
   *
   * @return the next node, or {@code null} for none
   */
  default Object dispatch(T node, VirtualPath vpath, ParamSink params) {
    return null;
  }

  /**
   * The handler (bound to {@code node}) or child answering {@code name}, or {@code null}:
   * CherryPy's {@code getattr(node, name, None)}. The walk and generated {@code popargs} code call
   * it to resolve the segment left after popping.
   */
  default Object attribute(T node, String name) {
    PageHandler<T> h = handler(name);
    return h != null ? new BoundHandler<>(node, h) : child(node, name);
  }

  /**
   * Whether this class takes part in {@link #dispatch} at all (has popargs or a dispatch method).
   */
  default boolean dispatches() {
    return false;
  }

  /** The URL space of this class as the processor saw it, for {@code --routes}. */
  default List<Route> routes() {
    return List.of();
  }

  /**
   * The class's own config entries ({@code @CpConfig} on the class); keys are distinct, so order
   * does not matter.
   */
  default Map<String, Object> config() {
    return Map.of();
  }
}
