package org.jcherry.config;

/**
 * A handler for the entries of one config namespace, CherryPy's Config Namespace API: for a config
 * being applied, {@link #begin()} runs, then {@link #apply} once per entry {@code NAME.key} of the
 * namespace ({@code key} without {@code NAME.}), then {@link #end()} (CherryPy's context-manager
 * form). Register one with {@code Cherry.config().namespaces()} (applied on every global update) or
 * {@code app.namespaces()} (applied to the app's {@code /} section on every merge).
 */
@FunctionalInterface
public interface ConfigNamespace {
  /** Before the namespace's entries of one config. */
  default void begin() {}

  void apply(String key, Object value);

  /** After the namespace's entries of one config, even if one failed. */
  default void end() {}
}
