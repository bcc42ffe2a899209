package org.jcherry.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jcherry.app.Application;
import org.jcherry.app.Tree;

/**
 * What {@code --check} warns about, after CherryPy's {@code checker}: so far, tool arguments given
 * in a section that neither turns the tool on nor sits below one that does (a {@code
 * tools.gzip.mime_types} with no {@code tools.gzip.on} does nothing). What cannot work fails the
 * mount itself, before the checker runs.
 */
final class Checker {
  private Checker() {}

  /** One line per warning, naming the app, the section and the key. */
  static List<String> warnings(Tree tree, Map<String, Object> global) {
    List<String> out = new ArrayList<>();
    toolArgsWithoutOn("[global]", global, Map.of(), out);
    for (Application app : new TreeMap<>(tree.apps()).values()) {
      String at = app.scriptName().isEmpty() ? "/" : app.scriptName();
      for (Map.Entry<String, Map<String, Object>> s : app.config().entrySet()) {
        toolArgsWithoutOn(
            "app " + at + ", section [" + s.getKey() + "]",
            s.getValue(),
            above(app, s.getKey(), global),
            out);
      }
    }
    return out;
  }

  /** The merged entries of the sections above {@code path}, and the global ones. */
  private static Map<String, Object> above(
      Application app, String path, Map<String, Object> global) {
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

  private static void toolArgsWithoutOn(
      String where, Map<String, Object> section, Map<String, Object> above, List<String> out) {
    for (String key : section.keySet()) {
      if (!key.startsWith("tools.") || key.endsWith(".on")) {
        continue;
      }
      int dot = key.indexOf('.', "tools.".length());
      if (dot < 0) {
        continue;
      }
      String on = key.substring(0, dot) + ".on";
      if (!section.containsKey(on) && !above.containsKey(on)) {
        out.add(
            "WARNING: "
                + where
                + ": "
                + key
                + " is set but "
                + on
                + " is not, so the tool does not run; set "
                + on
                + " = True or remove the key");
      }
    }
  }
}
