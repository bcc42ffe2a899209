package org.jcherry.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process-wide config, CherryPy's {@code cherrypy.config}: server, engine and log settings and
 * the defaults every request starts from. Applications see it through their config scopes, which
 * are rebuilt when it changes.
 */
public final class GlobalConfig {
  /** {@code environment}: a name {@link Environments#named} knows. */
  private static final Setting<String> ENVIRONMENT = Setting.string("environment", null);

  private final Map<String, Object> entries = new LinkedHashMap<>();
  private final Namespaces namespaces = new Namespaces();
  private volatile Map<String, Object> snapshot;
  private volatile int version;

  public GlobalConfig() {
    reset();
  }

  /** Back to CherryPy's defaults. */
  public synchronized void reset() {
    entries.clear();
    entries.put("tools.log_tracebacks.on", true);
    entries.put("tools.log_headers.on", true);
    entries.put("tools.trailing_slash.on", true);
    entries.put("tools.encode.on", true);
    changed();
  }

  /**
   * Applies {@code config}. A map with a {@code global} section applies only that section (the
   * others belong to applications); otherwise every entry applies. An {@code environment} entry
   * brings that environment's defaults for the keys this update does not set.
   */
  public synchronized void update(Map<String, ?> config) {
    Map<String, ?> flat = config;
    Object global = config.get("global");
    if (global instanceof Map) {
      @SuppressWarnings("unchecked")
      Map<String, ?> g = (Map<String, ?>) global;
      flat = g;
    } else if (hasSections(config)) {
      return;
    }
    RequestKeys.check(flat, "the global config");
    Map<String, Object> applied = new LinkedHashMap<>();
    String env = ENVIRONMENT.from(flat, "the global config");
    if (env != null) {
      for (Map.Entry<String, Object> e : Environments.named(env).entrySet()) {
        if (!flat.containsKey(e.getKey())) {
          applied.put(e.getKey(), e.getValue());
        }
      }
    }
    applied.putAll(flat);
    entries.putAll(applied);
    changed();
    namespaces.apply(applied);
  }

  /**
   * Custom namespaces, handed their entries on every update ({@code cherrypy.config.namespaces}).
   */
  public Namespaces namespaces() {
    return namespaces;
  }

  /** Sets one entry. */
  public synchronized void put(String key, Object value) {
    update(Map.of(key, value));
  }

  public Object get(String key) {
    return snapshot.get(key);
  }

  /** An immutable copy of every entry. */
  public Map<String, Object> asMap() {
    return snapshot;
  }

  /** Bumped on every change, so that cached scopes know to rebuild. */
  public int version() {
    return version;
  }

  private static boolean hasSections(Map<String, ?> config) {
    for (Map.Entry<String, ?> e : config.entrySet()) {
      if (e.getKey().startsWith("/") && e.getValue() instanceof Map) {
        return true;
      }
    }
    return false;
  }

  private void changed() {
    snapshot = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    version++;
  }
}
