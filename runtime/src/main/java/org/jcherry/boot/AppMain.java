package org.jcherry.boot;

import java.util.Map;

/**
 * What the processor generates for an {@code @AppRoot} class, {@code <Root>_Main}: a new root, its
 * script name and the global config compiled in. The generated classes are listed in {@code
 * META-INF/services/org.jcherry.boot.AppMain}, so autoreload finds the root again, through {@code
 * ServiceLoader}, in a fresh class loader over recompiled classes: no reflection.
 */
public interface AppMain {
  /** The {@code @AppRoot} class, to tell the generated mains apart without making roots. */
  Class<?> rootType();

  /** A new root of the handler tree. */
  Object newRoot();

  /** Where {@code @AppRoot(scriptName)} mounts it. */
  String scriptName();

  /** {@code @AppRoot(config)}: the global config compiled in. */
  Map<String, Object> globalConfig();
}
