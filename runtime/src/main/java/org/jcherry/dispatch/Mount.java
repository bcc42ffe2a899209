package org.jcherry.dispatch;

import java.util.Map;
import org.jcherry.config.ConfigScope;

/**
 * What a dispatcher needs of the mounted application: its root node, config scope and path
 * sections.
 */
public interface Mount {
  /** The root node of the handler tree. */
  Object root();

  /** The config before any node of the tree: the global config. */
  ConfigScope globalScope();

  /**
   * The app config section for exactly {@code path} ({@code "/"}, {@code "/sub"}), or {@code null}.
   */
  Map<String, Object> section(String path);

  /** Whether the app config has any section besides {@code "/"}; spares path building when not. */
  boolean hasPathSections();
}
