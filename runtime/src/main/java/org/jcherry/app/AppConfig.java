package org.jcherry.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.config.ConfigScope;
import org.jcherry.config.GlobalConfig;
import org.jcherry.config.Namespaces;
import org.jcherry.config.RequestKeys;
import org.jcherry.http.ErrorPages;

/**
 * An application's config, path by path, over the global config: merged as CherryPy's {@code
 * app.merge} and looked up towards {@code /}, and the first config scope of its requests, rebuilt
 * when the global config changes.
 */
final class AppConfig {
  private final GlobalConfig global;
  private final Namespaces namespaces = new Namespaces();
  private volatile Map<String, Map<String, Object>> sections = Map.of();

  /** Whether any section names a {@code request.dispatch}; most apps don't, and skip the lookup. */
  private volatile boolean configuresDispatch;

  private volatile ConfigScope scope;
  private volatile int scopeVersion = -1;

  AppConfig(GlobalConfig global) {
    this.global = global;
  }

  /** See {@link Application#merge}. */
  synchronized void merge(Map<String, ?> config) {
    Map<String, Map<String, Object>> next = new LinkedHashMap<>(sections);
    for (Map.Entry<String, ?> e : config.entrySet()) {
      String path = e.getKey();
      if (!(e.getValue() instanceof Map)) {
        throw new IllegalArgumentException(
            "Application config must have sections, but '"
                + path
                + "' is not one: wrap the entries in"
                + " a section named by path, for example Map.of(\"/\", entries).");
      }
      if (path.equals("global")) {
        continue;
      }
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException(
            "App config section '"
                + path
                + "' must be a path such as '/' or '/sub' (or 'global').");
      }
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      Map<String, Object> entries = new LinkedHashMap<>(next.getOrDefault(path, Map.of()));
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) e.getValue()).entrySet()) {
        entries.put(String.valueOf(entry.getKey()), entry.getValue());
      }
      if (entries.containsKey("tools.staticdir.dir")) {
        // As CherryPy's dispatcher: staticdir serves paths below the section that declares it.
        entries.putIfAbsent("tools.staticdir.section", path);
      }
      String where = "app config section [" + path + "]";
      RequestKeys.check(entries, where);
      ErrorPages.of(entries, where);
      next.put(path, Collections.unmodifiableMap(entries));
    }
    sections = Collections.unmodifiableMap(next);
    configuresDispatch =
        next.values().stream().anyMatch(sec -> sec.containsKey("request.dispatch"));
    namespaces.apply(next.get("/"));
  }

  Namespaces namespaces() {
    return namespaces;
  }

  Map<String, Map<String, Object>> sections() {
    return sections;
  }

  boolean configuresDispatch() {
    return configuresDispatch;
  }

  /** The global config as the first scope of every request, made again after it changed. */
  ConfigScope globalScope() {
    if (scopeVersion != global.version()) {
      synchronized (this) {
        if (scopeVersion != global.version()) {
          scope = ConfigScope.root(global.asMap());
          scopeVersion = global.version();
        }
      }
    }
    return scope;
  }

  /** Makes the next {@link #globalScope()} a new one, with no plans derived from it yet. */
  synchronized void dropScopes() {
    scopeVersion = -1;
  }

  /** See {@link Application#findConfig}. */
  Object find(String path, String key, Object fallback) {
    String p = path.isEmpty() ? "/" : path;
    while (true) {
      Map<String, Object> sec = sections.get(p);
      if (sec != null && sec.containsKey(key)) {
        return sec.get(key);
      }
      if (p.equals("/")) {
        break;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "/" : p.substring(0, slash);
    }
    Object g = global.get(key);
    return g != null ? g : fallback;
  }
}
