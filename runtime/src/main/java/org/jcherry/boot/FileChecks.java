package org.jcherry.boot;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jcherry.app.Application;
import org.jcherry.config.Setting;
import org.jcherry.tools.statics.StaticLocation;

/**
 * The {@link Checker}'s checks of file names: static dirs and files that do not exist (and a root
 * beside an absolute dir), error pages that do not exist, and names resolved against the working
 * directory.
 */
final class FileChecks {
  /** Takes a warning: where (app and section), and what. */
  private final BiConsumer<String, String> warn;

  /** Whether a check ({@code check_error_pages}) is on. */
  private final Predicate<String> enabled;

  FileChecks(BiConsumer<String, String> warn, Predicate<String> enabled) {
    this.warn = warn;
    this.enabled = enabled;
  }

  void staticPaths(Application app, String path, String where) {
    Map<String, Object> own = Checker.section(app, path);
    if (own.containsKey("tools.staticdir.dir") || own.containsKey("tools.staticdir.on")) {
      staticPath(app, path, where, "staticdir", "dir");
    }
    if (own.containsKey("tools.staticfile.filename") || own.containsKey("tools.staticfile.on")) {
      staticPath(app, path, where, "staticfile", "filename");
    }
  }

  private void staticPath(Application app, String path, String where, String tool, String arg) {
    String prefix = "tools." + tool + ".";
    Object on = app.findConfig(path, prefix + "on", null);
    Object name = app.findConfig(path, prefix + arg, null);
    if (!(name instanceof String) || !Setting.bool(prefix + "on", false).read(on, where)) {
      return;
    }
    Object root = app.findConfig(path, prefix + "root", null);
    String n = (String) name;
    if (root != null
        && !root.toString().isEmpty()
        && (n.startsWith("/") || StaticLocation.onClassPath(n))) {
      warn.accept(
          where,
          prefix
              + arg
              + " = '"
              + n
              + "' is absolute, so "
              + prefix
              + "root = '"
              + root
              + "' is not used; remove one of them");
    }
    if (StaticLocation.onClassPath(n)) {
      return; // found at mount, or the mount failed
    }
    Path p;
    try {
      p =
          StaticLocation.resolve(
              prefix + arg, n, prefix + "root", root == null ? "" : root.toString());
    } catch (IllegalArgumentException e) {
      return; // the mount reports it (an InvalidPathException too)
    }
    boolean dir = tool.equals("staticdir");
    if (dir ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
      warn.accept(
          where,
          prefix
              + arg
              + ": '"
              + p
              + "' "
              + (Files.exists(p) ? "is not a " + (dir ? "directory" : "file") : "does not exist")
              + ", so nothing is served there");
    }
  }

  /** Error pages that are missing, and file names that depend on the working directory. */
  void files(String where, Map<String, Object> section) {
    for (Map.Entry<String, Object> e : section.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      boolean errorPage = key.startsWith("error_page.");
      if (!(v instanceof String || v instanceof Path) || !(errorPage || isFileKey(key))) {
        continue;
      }
      Path p;
      try {
        p = v instanceof Path ? (Path) v : Path.of((String) v);
      } catch (InvalidPathException ex) {
        warn.accept(where, key + " = '" + v + "' is not a file name: " + ex.getMessage());
        continue;
      }
      if (p.toString().isEmpty()) {
        continue;
      }
      if (!p.isAbsolute() && enabled.test("check_relative_paths")) {
        warn.accept(
            where,
            key
                + " = '"
                + v
                + "' is relative, so it depends on the directory the app is started in (now "
                + Path.of("").toAbsolutePath()
                + "); make it absolute");
      }
      if (errorPage && enabled.test("check_error_pages") && !Files.isRegularFile(p)) {
        warn.accept(
            where,
            key
                + ": the error page '"
                + p.toAbsolutePath()
                + "' does not exist, so these errors get the default page and a note that it failed");
      }
    }
  }

  private static boolean isFileKey(String key) {
    return key.equals("log.error_file")
        || key.equals("log.access_file")
        || key.equals("tools.sessions.storage_path")
        || (key.startsWith("server.")
            && (key.endsWith(".ssl_certificate")
                || key.endsWith(".ssl_private_key")
                || key.endsWith(".ssl_certificate_chain")));
  }
}
