package org.jcherry.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Config namespaces and their handlers, CherryPy's {@code NamespaceSet}: applying a config hands
 * each registered namespace its entries, namespaces in registration order, entries in config order.
 * Keys of unregistered namespaces are left alone (they stay in the config, readable by handlers).
 */
public final class Namespaces {
  private volatile Map<String, ConfigNamespace> handlers = Map.of();

  /**
   * Registers {@code handler} for the keys {@code name.*}, replacing an earlier one of that name.
   */
  public synchronized Namespaces register(String name, ConfigNamespace handler) {
    if (name == null || name.isEmpty() || name.contains(".")) {
      throw new IllegalArgumentException(
          "a namespace name is one word without '.', not '" + name + "'");
    }
    Map<String, ConfigNamespace> next = new LinkedHashMap<>(handlers);
    next.put(name, handler);
    handlers = next;
    return this;
  }

  /** The registered names, in registration order. */
  public Set<String> names() {
    return handlers.keySet();
  }

  public boolean isEmpty() {
    return handlers.isEmpty();
  }

  /** Hands each registered namespace its entries of {@code config}. */
  public void apply(Map<String, ?> config) {
    if (config == null) {
      return;
    }
    for (Map.Entry<String, ConfigNamespace> ns : handlers.entrySet()) {
      Map<String, Object> entries = entriesOf(ns.getKey(), config);
      if (entries.isEmpty()) {
        continue;
      }
      ConfigNamespace handler = ns.getValue();
      handler.begin();
      try {
        entries.forEach(handler::apply);
      } finally {
        handler.end();
      }
    }
  }

  /** The entries {@code name.key} of {@code config}, as {@code key}, in config order. */
  public static Map<String, Object> entriesOf(String name, Map<String, ?> config) {
    String prefix = name + ".";
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : config.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        out.put(e.getKey().substring(prefix.length()), e.getValue());
      }
    }
    return out;
  }
}
