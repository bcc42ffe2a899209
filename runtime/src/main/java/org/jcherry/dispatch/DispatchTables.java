package org.jcherry.dispatch;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds the generated table of a node by the node's runtime class, as CherryPy's {@code getattr}
 * follows the object actually there. Tables are found once with {@link ServiceLoader} (the processor
 * lists them in {@code META-INF/services}); a class without its own table uses its nearest
 * superclass's.
 */
public final class DispatchTables {
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

  /** The table for {@code node}'s class, or {@code null} when it has none (the node answers nothing). */
  @SuppressWarnings("unchecked")
  public static <T> DispatchTable<T> forNode(T node) {
    return node == null ? null : (DispatchTable<T>) BY_CLASS.get(node.getClass());
  }

  /** Whether the processor generated a table for {@code node}'s class or a superclass of it. */
  public static boolean hasTable(Object node) {
    return forNode(node) != null;
  }

  private static Map<Class<?>, DispatchTable<?>> load() {
    Map<Class<?>, DispatchTable<?>> map = new HashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = DispatchTables.class.getClassLoader();
    }
    for (DispatchTable<?> t : ServiceLoader.load(DispatchTable.class, loader)) {
      map.put(t.nodeType(), t);
    }
    return map;
  }
}
