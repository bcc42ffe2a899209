package org.jcherry.boot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jcherry.app.Application;
import org.jcherry.app.Tree;
import org.jcherry.config.Setting;
import org.jcherry.tools.Toolbox;

/**
 * CherryPy's {@code checker}: run at start outside production ({@code checker.on = False} turns it
 * off) and alone by {@code --check}, it warns, naming the app, the section and the key, about
 * config that mounts but likely does not do what was meant. Each check can be turned off as in
 * CherryPy, {@code checker.check_static_paths = False}:
 *
 * <ul>
 *   <li>{@code check_tool_args}: tool arguments in a section that neither turns the tool on nor
 *       sits below one that does, and arguments of tools that do not exist;
 *   <li>{@code check_config_namespaces}: keys of namespaces nobody reads ({@code tool.gzip.on},
 *       {@code cherrypy.tools.gzip.on}), with the namespace meant;
 *   <li>{@code check_site_keys}: unknown {@code server.*}, {@code engine.*}, {@code log.*} and
 *       {@code checker.*} keys, and site-wide keys in an app's sections, where nothing reads them;
 *   <li>{@code check_sections}: app sections that repeat the app's script name or keep a config
 *       file's brackets;
 *   <li>{@code check_static_paths}: static dirs and files that do not exist, a root beside an
 *       absolute dir;
 *   <li>{@code check_error_pages}: error-page files that do not exist;
 *   <li>{@code check_relative_paths}: file names resolved against the working directory (error
 *       pages, log files, TLS files, session storage), so the app reads other files when started
 *       elsewhere;
 *   <li>{@code check_localhost}: {@code server.socket_host = 'localhost'}, which may be IPv4 or
 *       IPv6.
 * </ul>
 *
 * <p>The checks of file names are {@link FileChecks}. What cannot work fails the mount itself,
 * before the checker runs: a staticdir without a usable dir or section, an unknown tool turned on,
 * an unknown {@code request.*} key.
 */
final class Checker {
  /** The checks, by the name that turns one off ({@code checker.<name> = False}). */
  static final List<String> CHECKS =
      List.of(
          "check_tool_args",
          "check_config_namespaces",
          "check_site_keys",
          "check_sections",
          "check_static_paths",
          "check_error_pages",
          "check_relative_paths",
          "check_localhost");

  private static final Setting<Boolean> ON = Setting.bool("checker.on", true);
  private static final String GLOBAL = "[global]";

  private final Tree tree;
  private final Map<String, Object> global;
  private final List<String> out = new ArrayList<>();

  private Checker(Tree tree) {
    this.tree = tree;
    this.global = tree.config().asMap();
  }

  /** Whether the checker runs at start: {@code checker.on}, off in production. */
  static boolean on(Map<String, Object> global) {
    return ON.from(global, "the global config");
  }

  /** One line per warning, naming the app, the section and the key. */
  static List<String> warnings(Tree tree) {
    Checker c = new Checker(tree);
    c.run();
    return c.out;
  }

  private void run() {
    Map<String, Application> apps = new TreeMap<>(tree.apps());
    List<Section> sections = sectionsOf(apps);
    if (enabled("check_tool_args")) {
      toolArgs(GLOBAL, global, Map.of(), tree.tools().names());
      for (Section s : sections) {
        toolArgs(s.where(), s.entries(), above(s.app(), s.path()), toolNames(s.app()));
      }
    }
    if (enabled("check_config_namespaces")) {
      Set<String> custom = tree.config().namespaces().names();
      namespaces(GLOBAL, global, Set.of(tree.tools().namespace()), custom);
      for (Section s : sections) {
        namespaces(s.where(), s.entries(), s.app().namespaceNames(), custom);
      }
    }
    if (enabled("check_site_keys")) {
      siteKeys();
      for (Section s : sections) {
        siteKeysInApp(s.where(), s.entries());
      }
    }
    if (enabled("check_sections")) {
      for (Application app : apps.values()) {
        sections(app);
      }
    }
    FileChecks files = new FileChecks(this::warn, this::enabled);
    if (enabled("check_static_paths")) {
      for (Section s : sections) {
        files.staticPaths(s.app(), s.path(), s.where());
      }
    }
    if (enabled("check_error_pages") || enabled("check_relative_paths")) {
      files.files(GLOBAL, global);
      for (Section s : sections) {
        files.files(s.where(), s.entries());
      }
    }
    if (enabled("check_localhost") && "localhost".equals(global.get("server.socket_host"))) {
      warn(
          GLOBAL,
          "server.socket_host = 'localhost' can mean an IPv4 or an IPv6 address; use"
              + " '127.0.0.1' or '::1'");
    }
  }

  private boolean enabled(String check) {
    return Setting.bool("checker." + check, true).from(global, GLOBAL);
  }

  /** One section of an app's config, and how warnings name it. */
  private record Section(Application app, String path, String where) {
    Map<String, Object> entries() {
      return section(app, path);
    }
  }

  /** Every section of every app, the apps by script name. */
  private static List<Section> sectionsOf(Map<String, Application> apps) {
    List<Section> out = new ArrayList<>();
    for (Application app : apps.values()) {
      for (String path : app.config().keySet()) {
        out.add(new Section(app, path, "app " + at(app) + ", section [" + path + "]"));
      }
    }
    return out;
  }

  private static String at(Application app) {
    return app.scriptName().isEmpty() ? "/" : app.scriptName();
  }

  static Map<String, Object> section(Application app, String path) {
    Map<String, Object> s = app.section(path);
    return s == null ? Map.of() : s;
  }

  private void warn(String where, String what) {
    out.add("WARNING: " + where + ": " + what);
  }

  /** The merged entries of the sections above {@code path}, and the global ones. */
  private Map<String, Object> above(Application app, String path) {
    Map<String, Object> merged = new TreeMap<>(global);
    String p = "";
    for (String segment : path.split("/")) {
      String next = segment.isEmpty() ? "/" : (p.equals("/") ? "" : p) + "/" + segment;
      if (!next.equals(path) && app.config().get(next) != null) {
        merged.putAll(app.config().get(next));
      }
      p = next;
    }
    return merged;
  }

  private static Set<String> toolNames(Application app) {
    Set<String> names = new LinkedHashSet<>();
    for (Toolbox box : app.toolboxes()) {
      if (box.namespace().equals("tools")) {
        for (String name : box.names()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private void toolArgs(
      String where,
      Map<String, Object> section,
      Map<String, Object> above,
      Iterable<String> tools) {
    Set<String> known = new LinkedHashSet<>();
    for (String tool : tools) {
      known.add(tool);
    }
    Set<String> reported = new LinkedHashSet<>();
    for (String key : section.keySet()) {
      if (!key.startsWith("tools.")) {
        continue;
      }
      int dot = key.indexOf('.', "tools.".length());
      if (dot < 0) {
        continue;
      }
      String tool = key.substring("tools.".length(), dot);
      if (!known.contains(tool)) {
        if (reported.add(tool) && !key.endsWith(".on")) {
          String near = KnownKeys.nearest(tool, known);
          warn(
              where,
              key
                  + ": there is no tool named '"
                  + tool
                  + "'"
                  + (near == null ? "" : "; did you mean tools." + near + "?"));
        }
        continue;
      }
      String on = key.substring(0, dot) + ".on";
      if (!key.endsWith(".on") && !section.containsKey(on) && !above.containsKey(on)) {
        warn(
            where,
            key
                + " is set but "
                + on
                + " is not, so the tool does not run; set "
                + on
                + " = True or remove the key");
      }
    }
  }

  private void namespaces(
      String where, Map<String, Object> section, Set<String> appNamespaces, Set<String> custom) {
    Set<String> known = new LinkedHashSet<>(KnownKeys.NAMESPACES);
    known.addAll(appNamespaces);
    known.addAll(custom);
    for (String key : section.keySet()) {
      int dot = key.indexOf('.');
      if (dot <= 0 || known.contains(key.substring(0, dot))) {
        continue;
      }
      String ns = key.substring(0, dot);
      String rest = key.substring(dot + 1);
      int next = rest.indexOf('.');
      String hint;
      if (ns.equals("cherrypy") && next > 0 && known.contains(rest.substring(0, next))) {
        hint = "; write " + rest;
      } else {
        String near = KnownKeys.nearest(ns, known);
        hint = near == null ? "" : "; did you mean " + near + "." + rest + "?";
      }
      warn(
          where,
          key
              + ": nothing reads the '"
              + ns
              + "' namespace"
              + hint
              + " (a handler may read it from its config; register a ConfigNamespace to have it"
              + " applied)");
    }
  }

  /** Misspelt keys of the site-wide namespaces in the global config. */
  private void siteKeys() {
    for (String key : global.keySet()) {
      int dot = key.indexOf('.');
      if (dot <= 0) {
        continue;
      }
      String ns = key.substring(0, dot);
      String rest = key.substring(dot + 1);
      Set<String> known;
      if (ns.equals("server")) {
        int named = rest.lastIndexOf('.');
        // server.NAME.KEY configures another server; its KEY is one of the main server's.
        rest = named < 0 ? rest : rest.substring(named + 1);
        known = KnownKeys.SERVER;
      } else if (ns.equals("checker")) {
        known = new LinkedHashSet<>(KnownKeys.SITE.get("checker"));
        known.addAll(CHECKS);
      } else {
        known = KnownKeys.SITE.get(ns);
      }
      if (known != null && !known.contains(rest)) {
        String near = KnownKeys.nearest(rest, known);
        warn(
            GLOBAL,
            key
                + " is not a key JCherry reads"
                + (near == null
                    ? "; the " + ns + " keys are " + String.join(", ", new TreeSet<>(known))
                    : "; did you mean "
                        + key.substring(0, key.length() - rest.length())
                        + near
                        + "?"));
      }
    }
  }

  /** Site-wide keys in an app's section: nothing reads them there. */
  private void siteKeysInApp(String where, Map<String, Object> section) {
    for (String key : section.keySet()) {
      for (String ns : KnownKeys.SITE_ONLY) {
        if (key.startsWith(ns + ".")) {
          warn(
              where,
              key
                  + " is read only from the global config; move it to [global] (a config file's,"
                  + " or the \"global\" section of the config map)");
        }
      }
    }
  }

  private void sections(Application app) {
    for (String path : app.config().keySet()) {
      String where = "app " + at(app) + ", section [" + path + "]";
      if (!app.scriptName().isEmpty()
          && (path.equals(app.scriptName()) || path.startsWith(app.scriptName() + "/"))) {
        warn(
            where,
            "the section starts with the app's script name, but app sections are relative to it:"
                + " write ["
                + (path.equals(app.scriptName()) ? "/" : path.substring(app.scriptName().length()))
                + "]");
      }
      if (path.contains("[") || path.contains("]")) {
        warn(where, "config files need brackets around section names; config maps do not");
      }
    }
  }
}
