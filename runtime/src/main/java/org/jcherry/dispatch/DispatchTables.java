package org.jcherry.dispatch;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the generated table of a node by the node's runtime class, as CherryPy's {@code getattr}
 * follows the object actually there. Tables are found once with {@link ServiceLoader} (the
 * processor lists them in {@code META-INF/services}); a class without its own table uses its
 * nearest superclass's.
 */
public final class DispatchTables {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.engine");
  private static final Map<Class<?>, DispatchTable<?>> LOADED = load();

  private static final ClassValue<DispatchTable<?>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected DispatchTable<?> computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            DispatchTable<?> t = LOADED.get(c);
            if (t != null) {
              return t;
            }
          }
          return null;
        }
      };

  private DispatchTables() {}

  /**
   * The table for {@code node}'s class, or {@code null} when it has none (the node answers
   * nothing).
   */
  @SuppressWarnings("unchecked")
  public static <T> DispatchTable<T> forNode(T node) {
    return node == null ? null : (DispatchTable<T>) BY_CLASS.get(node.getClass());
  }

  /** The table for {@code type} or a superclass of it, or {@code null}. */
  public static DispatchTable<?> forType(Class<?> type) {
    return BY_CLASS.get(type);
  }

  /** Whether the processor generated a table for {@code node}'s class or a superclass of it. */
  public static boolean hasTable(Object node) {
    return forNode(node) != null;
  }

  @SuppressWarnings("rawtypes")
  private static Map<Class<?>, DispatchTable<?>> load() {
    Map<Class<?>, DispatchTable<?>> map = new HashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = DispatchTables.class.getClassLoader();
    }
    Iterator<DispatchTable> it = ServiceLoader.load(DispatchTable.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        DispatchTable<?> t = it.next();
        map.put(t.nodeType(), t);
      } catch (ServiceConfigurationError e) {
        // A stale entry (its class was deleted since an incremental build) must not hide the
        // others.
        LOG.warn("Skipping a dispatch table that cannot be loaded: {}", e.getMessage());
      }
    }
    return map;
  }
}
