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
 * follows the object actually there. Tables are found once per class loader with {@link
 * ServiceLoader} (the processor lists them in {@code META-INF/services}), through the loader of the
 * node's class, so classes that autoreload loads afresh find their own new tables; a class without
 * its own table uses its nearest superclass's.
 */
public final class DispatchTables {
  private static final Logger LOG = LoggerFactory.getLogger("org.jcherry.engine");

  /** The tables each class loader lists, by node class; {@link #forget} drops a loader's. */
  private static final Map<ClassLoader, Map<Class<?>, DispatchTable<?>>> BY_LOADER =
      new HashMap<>();

  private static final ClassValue<DispatchTable<?>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected DispatchTable<?> computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            DispatchTable<?> t = tablesOf(c.getClassLoader()).get(c);
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

  /**
   * Forgets the tables found through {@code loader}, whose classes are no longer served (autoreload
   * replaced them), so the loader and its classes can be collected.
   */
  public static void forget(ClassLoader loader) {
    synchronized (BY_LOADER) {
      BY_LOADER.remove(loader);
    }
  }

  private static Map<Class<?>, DispatchTable<?>> tablesOf(ClassLoader loader) {
    if (loader == null) {
      return Map.of(); // the JDK's own classes
    }
    synchronized (BY_LOADER) {
      Map<Class<?>, DispatchTable<?>> tables = BY_LOADER.get(loader);
      if (tables != null) {
        return tables;
      }
    }
    // Loaded outside the lock: a table's class may be initialised now and ask for another table.
    Map<Class<?>, DispatchTable<?>> tables = load(loader);
    synchronized (BY_LOADER) {
      return BY_LOADER.computeIfAbsent(loader, l -> tables);
    }
  }

  @SuppressWarnings("rawtypes")
  private static Map<Class<?>, DispatchTable<?>> load(ClassLoader loader) {
    Map<Class<?>, DispatchTable<?>> map = new HashMap<>();
    Iterator<DispatchTable> it = ServiceLoader.load(DispatchTable.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        DispatchTable<?> t = it.next();
        map.putIfAbsent(t.nodeType(), t);
      } catch (ServiceConfigurationError e) {
        // A stale entry (its class was deleted since an incremental build) must not hide the
        // others.
        LOG.warn("Skipping a dispatch table that cannot be loaded: {}", e.getMessage());
      }
    }
    return map;
  }
}
