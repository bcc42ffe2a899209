package org.jcherry.config;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One step of config merging along a dispatch path: the config of the scope before it with one more
 * map of entries laid over it (a class's {@code @CpConfig}, a handler's, or an app config section).
 *
 * <p>Scopes form a tree that the dispatcher walks while it walks the handler tree; each child is
 * made once and kept, so the merge for a path is computed once, not per request. Steps that add
 * nothing return the same scope, which keeps the tree as small as the app's config. A cap on the
 * number of kept scopes protects against paths crafted to grow it: past the cap scopes are still
 * correct, only no longer kept.
 */
public final class ConfigScope {
  private static final int MAX_KEPT = 10_000;

  private final ConfigScope parent;
  private final Map<String, Object> entries;
  private final Map<String, Object> merged;
  // Keyed by identity: the maps come from generated tables and app sections, fixed at mount time.
  // Copy-on-write, so the per-request lookup takes no lock.
  private volatile IdentityHashMap<Map<String, Object>, ConfigScope> children =
      new IdentityHashMap<>();
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();
  private final AtomicInteger kept;

  private ConfigScope(ConfigScope parent, Map<String, Object> entries, AtomicInteger kept) {
    this.parent = parent;
    this.entries = entries;
    this.kept = kept;
    Map<String, Object> m = new LinkedHashMap<>(parent == null ? Map.of() : parent.merged);
    m.putAll(entries);
    this.merged = Collections.unmodifiableMap(m);
  }

  /** The first scope of an application: the global config. */
  public static ConfigScope root(Map<String, Object> global) {
    return new ConfigScope(null, global, new AtomicInteger());
  }

  /** This scope with {@code more} laid over it. */
  public ConfigScope enter(Map<String, Object> more) {
    if (more == null || more.isEmpty() || more == entries) {
      return this;
    }
    ConfigScope child = children.get(more);
    return child != null ? child : addChild(more);
  }

  private synchronized ConfigScope addChild(Map<String, Object> more) {
    ConfigScope child = children.get(more);
    if (child != null) {
      return child;
    }
    child = new ConfigScope(this, more, kept);
    if (kept.incrementAndGet() <= MAX_KEPT) {
      IdentityHashMap<Map<String, Object>, ConfigScope> copy = new IdentityHashMap<>(children);
      copy.put(more, child);
      children = copy;
    }
    return child;
  }

  /** Every entry in effect, later scopes winning. */
  public Map<String, Object> merged() {
    return merged;
  }

  /** The value of {@code key}, or {@code null}. */
  public Object get(String key) {
    return merged.get(key);
  }

  /**
   * A value computed once from this scope and kept with it, such as the hook chain of a handler
   * served under this config.
   */
  @SuppressWarnings("unchecked")
  public <V> V derive(Object key, java.util.function.Function<ConfigScope, V> compute) {
    Object v = derived.get(key);
    if (v == null) {
      v = compute.apply(this);
      Object raced = derived.putIfAbsent(key, v);
      if (raced != null) {
        v = raced;
      }
    }
    return (V) v;
  }

  ConfigScope parent() {
    return parent;
  }
}
