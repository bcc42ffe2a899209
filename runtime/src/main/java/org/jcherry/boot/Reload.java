package org.jcherry.boot;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.jcherry.app.Application;
import org.jcherry.app.Tree;
import org.jcherry.config.Setting;
import org.jcherry.dispatch.DispatchTables;
import org.jcherry.engine.Autoreloader;
import org.jcherry.engine.Engine;
import org.jcherry.log.ErrorLog;

/**
 * Autoreload for the launcher ({@code engine.autoreload.on}, on unless the environment turns it
 * off, as in CherryPy): when the app's class directories or its config files change, the apps are
 * mounted again from a fresh class loader over those directories ({@link ReloadedClasses}), each
 * root found again through its generated {@link AppMain} with {@code ServiceLoader}, and the config
 * files read again; then they replace the running apps in the tree in one swap. The engine, the
 * servers, the tools (RAM sessions among them) keep running. A change that does not load or mount
 * (a class missing half way through a build, a bad config) is logged and the apps before it go on
 * serving; the next change is tried again.
 *
 * <p>The class directories are the class path's directories ({@code target/classes}, an IDE's
 * output) except those of JCherry itself. An app started from a jar has none: only its config files
 * are watched. A root without an {@code @AppRoot} (one of several apps of a hand-written main)
 * keeps the classes it started with. Changes to {@code server.*} are applied when the app is
 * restarted.
 */
final class Reload {
  static final Setting<Boolean> ON = Setting.bool("engine.autoreload.on", true);
  static final Setting<Double> FREQUENCY = Setting.number("engine.autoreload.frequency", 1);

  private final Tree tree;
  private final Engine engine;
  private final List<Launcher.App> apps;
  private final String[] args;
  private final Map<String, Object> compiledGlobal;
  private final List<Path> classDirs;
  private final ClassLoader parent;

  /** The loader of the apps serving now, once a reload has made one. */
  private ReloadedClasses current;

  private Reload(
      Tree tree,
      Engine engine,
      List<Launcher.App> apps,
      String[] args,
      Map<String, Object> compiledGlobal) {
    this.tree = tree;
    this.engine = engine;
    this.apps = apps;
    this.args = args.clone();
    this.compiledGlobal = compiledGlobal;
    ClassLoader first = apps.get(0).root().getClass().getClassLoader();
    this.parent = first != null ? first : ClassLoader.getSystemClassLoader();
    this.classDirs = classDirs(apps, parent);
  }

  /**
   * Starts watching, when the tree's global config has {@code engine.autoreload.on}; returns the
   * watcher, or {@code null} when it is off.
   */
  static Autoreloader start(
      Tree tree,
      Engine engine,
      List<Launcher.App> apps,
      String[] args,
      Map<String, Object> compiledGlobal,
      List<Path> configFiles) {
    Map<String, Object> global = tree.config().asMap();
    if (!ON.from(global, "the global config")) {
      return null;
    }
    Reload reload = new Reload(tree, engine, apps, args, compiledGlobal);
    List<Path> dirs = reload.classDirs;
    List<Path> watched = new ArrayList<>(dirs);
    watched.addAll(configFiles);
    Autoreloader watcher =
        new Autoreloader(
            engine, watched, FREQUENCY.from(global, "the global config"), reload::reload);
    watcher.start();
    return watcher;
  }

  /**
   * The class-path directories the apps' root classes were loaded from ({@code target/classes}, an
   * IDE's output); none for roots in jars.
   */
  static List<Path> classDirs(List<Launcher.App> apps, ClassLoader loader) {
    Set<Path> out = new LinkedHashSet<>();
    for (Launcher.App app : apps) {
      String resource = app.root().getClass().getName().replace('.', '/') + ".class";
      URL url = loader.getResource(resource);
      if (url != null && url.getProtocol().equals("file")) {
        try {
          Path file = Path.of(url.toURI());
          Path dir = file;
          for (int i = 0; i < Path.of(resource).getNameCount(); i++) {
            dir = dir.getParent();
          }
          out.add(dir);
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a plain file: nothing to watch for this root
        }
      }
    }
    return List.copyOf(out);
  }

  /** Mounts the apps again from the changed classes and config; on failure logs why. */
  void reload() {
    ReloadedClasses fresh = new ReloadedClasses(classDirs, parent);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    // The class-path locations of static tools and the tables are found in the new classes.
    thread.setContextClassLoader(fresh);
    try {
      Map<String, AppMain> mains = mains(fresh);
      AppMain first = mains.get(apps.get(0).root().getClass().getName());
      CommandLine cl =
          CommandLine.parse(args, first != null ? first.globalConfig() : compiledGlobal);
      List<Application> next = new ArrayList<>();
      for (int i = 0; i < apps.size(); i++) {
        Launcher.App app = apps.get(i);
        AppMain main = mains.get(app.root().getClass().getName());
        Launcher.App now =
            main == null ? app : Launcher.App.of(main.newRoot(), app.scriptName(), app.config());
        Map<String, ?> config = i == 0 ? Launcher.mainConfig(now, cl) : now.config();
        next.add(tree.prepare(now.root(), now.scriptName(), config));
      }
      Map<String, Object> global = new HashMap<>(cl.global());
      tree.config().update(global);
      tree.replace(next);
      if (current != null) {
        DispatchTables.forget(current);
      }
      current = fresh;
      engine.log("Autoreload: the changed app serves now");
    } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
      DispatchTables.forget(fresh);
      engine.log(
          "Autoreload: the change does not mount, so the app before it goes on serving: "
              + Launcher.oneLine(e),
          ErrorLog.WARNING,
          null);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** The generated mains {@code loader} lists, by the name of their root class. */
  private static Map<String, AppMain> mains(ClassLoader loader) {
    Map<String, AppMain> out = new HashMap<>();
    Iterator<AppMain> it = ServiceLoader.load(AppMain.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          return out;
        }
        AppMain m = it.next();
        out.put(m.rootType().getName(), m);
      } catch (ServiceConfigurationError e) {
        // A main whose class was deleted since an incremental build: the others still count.
      }
    }
  }
}
