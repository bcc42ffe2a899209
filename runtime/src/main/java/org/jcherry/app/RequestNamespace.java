package org.jcherry.app;

import java.util.Map;
import org.jcherry.tools.HookCallback;

/**
 * A custom namespace of request config, CherryPy's per-request namespaces ({@code
 * request_class.namespaces}), registered with {@code app.requestNamespaces()}. CherryPy calls such
 * a handler with every entry on every request; JCherry plans once per config scope (the merged
 * config of a handler on a path) and keeps what the plan returns for every request served with it.
 */
@FunctionalInterface
public interface RequestNamespace {
  /**
   * Called once per config scope that has entries of this namespace.
   *
   * @param entries the namespace's entries of the merged config, keys without {@code NAME.}
   * @return what to do on each request served with that config, right after its config is set
   *     (before {@code on_start_resource}); {@code null} for nothing
   */
  HookCallback plan(Map<String, Object> entries);
}
