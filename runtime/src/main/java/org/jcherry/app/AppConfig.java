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

  /**
   * The sections by path, and what requests ask of them on every walk, worked out once per merge;
   * replaced whole, so that a request reads the three together.
   *
   * @param hasPathSections whether any section besides {@code /} exists; the walk builds no paths
   *     when not
   * @param configuresDispatch whether any section names a {@code request.dispatch}; most apps
   *     don't, and skip the lookup
   */
  private record Sections(
      Map<String, Map<String, Object>> byPath,
      boolean hasPathSections,
      boolean configuresDispatch) {
    static Sections of(Map<String, Map<String, Object>> byPath) {
      boolean dispatch = false;
      for (Map<String, Object> section : byPath.values()) {
        dispatch |= section.containsKey("request.dispatch");
      }
      return new Sections(
          Collections.unmodifiableMap(byPath),
          byPath.size() > (byPath.containsKey("/") ? 1 : 0),
          dispatch);
    }
  }

  private volatile Sections sections = Sections.of(Map.of());

  private volatile ConfigScope scope;
  private volatile int scopeVersion = -1;

  AppConfig(GlobalConfig global) {
    this.global = global;
  }

  /** See {@link Application#merge}. */
  synchronized void merge(Map<String, ?> config) {
    Map<String, Map<String, Object>> next = new LinkedHashMap<>(sections.byPath());
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
    sections = Sections.of(next);
    namespaces.apply(next.get("/"));
  }

  Namespaces namespaces() {
    return namespaces;
  }

  Map<String, Map<String, Object>> sections() {
    return sections.byPath();
  }

  /** The section for exactly {@code path}, or {@code null}. */
  Map<String, Object> section(String path) {
    return sections.byPath().get(path);
  }

  boolean hasPathSections() {
    return sections.hasPathSections();
  }

  boolean configuresDispatch() {
    return sections.configuresDispatch();
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
      Map<String, Object> sec = sections.byPath().get(p);
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
