package org.jcherry.boot;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.app.Application;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.engine.PidFile;
import org.jcherry.server.HttpServer;

/**
 * Starts an application from a command line, as CherryPy's {@code cherryd}; the generated {@code
 * <Root>_Main} classes call it. See {@link CommandLine} for the options and the order the config is
 * laid in. A command line or config file it cannot use prints one line and exits with status 2; a
 * config the app cannot mount prints one line and exits with status 1.
 */
public final class Launcher {
  /** Exit status of a bad command line or config file, as Python's argparse. */
  static final int USAGE = 2;

  /** Exit status of an app that cannot start with a valid command line. */
  static final int FAILED = 1;

  /** Exit status after serving when a stop or exit listener failed, as CherryPy's EX_SOFTWARE. */
  static final int EXIT_FAILED = 70;

  private Launcher() {}

  /**
   * An application a launcher mounts: {@code root} at {@code scriptName} with its own {@code
   * config} (path sections), under the config files' path sections for the first one.
   */
  public record App(Object root, String scriptName, Map<String, ?> config) {
    public static App of(Object root, String scriptName, Map<String, ?> config) {
      return new App(root, scriptName, config);
    }
  }

  /**
   * Runs the command line {@code args} for {@code root} mounted at {@code scriptName} over {@code
   * globalConfig} (the config compiled in): serves until the process is stopped, or prints what
   * {@code --routes}, {@code --check} or {@code --help} ask for; then exits the JVM with the
   * status.
   */
  public static void run(
      String[] args, Object root, String scriptName, Map<String, Object> globalConfig) {
    String program = root.getClass().getSimpleName() + "_Main";
    run(program, args, globalConfig, App.of(root, scriptName, Map.of()));
  }

  /**
   * As {@link #run(String[], Object, String, Map)} for a hand-written main that mounts several
   * apps: the config files' path sections go to the first, which is the one whose address is
   * printed. {@code program} names the command in messages.
   */
  public static void run(
      String program, String[] args, Map<String, Object> globalConfig, App... apps) {
    System.exit(launch(program, args, globalConfig, List.of(apps), System.out, System.err));
  }

  /**
   * What {@link #run} does, writing to {@code out} and {@code err} and returning the exit status
   * instead of exiting (so it can be tested).
   */
  static int launch(
      String program,
      String[] args,
      Map<String, Object> globalConfig,
      List<App> apps,
      PrintStream out,
      PrintStream err) {
    Bootstrap.routeLibraryLogging();
    CommandLine cl;
    try {
      cl = CommandLine.parse(args, globalConfig);
    } catch (UsageError e) {
      err.println(program + ": " + e.getMessage() + " (see --help)");
      return USAGE;
    }
    try {
      switch (cl.mode()) {
        case HELP -> out.println("Usage: " + program + " [options]\n" + CommandLine.USAGE);
        case ROUTES -> out.print(Routes.of(mount(apps, cl), cl.global()).text());
        case CHECK -> {
          List<String> warnings = Checker.warnings(mount(apps, cl), cl.global());
          warnings.forEach(out::println);
          out.println(
              program + ": the config of every app mounts, " + warnings.size() + " warning(s)");
        }
        case SERVE -> {
          serve(apps, cl, out);
          if (Cherry.engine().exitFailed()) {
            return EXIT_FAILED;
          }
        }
      }
      return 0;
    } catch (RuntimeException e) {
      err.println(program + ": " + oneLine(e));
      return FAILED;
    }
  }

  /** Mounts the apps on a tree of their own, as serving would, without starting anything. */
  private static Tree mount(List<App> apps, CommandLine cl) {
    GlobalConfig global = new GlobalConfig();
    global.update(cl.global());
    Tree tree = new Tree(global);
    mountAll(tree, apps, cl);
    return tree;
  }

  private static void mountAll(Tree tree, List<App> apps, CommandLine cl) {
    mountOthers(tree, apps);
    tree.mount(apps.get(0).root(), apps.get(0).scriptName(), mainConfig(apps.get(0), cl));
  }

  /** Every app but the first, which {@code Cherry.start} mounts when serving. */
  private static void mountOthers(Tree tree, List<App> apps) {
    for (App app : apps.subList(1, apps.size())) {
      tree.mount(app.root(), app.scriptName(), app.config());
    }
  }

  /** The first app's config with the config files' path sections laid over it. */
  private static Map<String, Object> mainConfig(App main, CommandLine cl) {
    Map<String, Object> merged = new LinkedHashMap<>(main.config());
    cl.appSections()
        .forEach(
            (path, entries) -> {
              Map<String, Object> section = new LinkedHashMap<>();
              if (merged.get(path) instanceof Map<?, ?> own) {
                own.forEach((k, v) -> section.put(k.toString(), v));
              }
              section.putAll(entries);
              merged.put(path, section);
            });
    return merged;
  }

  /**
   * Serves until the engine exits. The address is printed whatever the log settings, so a user
   * starting it knows where to look.
   */
  private static void serve(List<App> apps, CommandLine cl, PrintStream out) {
    HttpServer.preloadInBackground();
    Cherry.engine().exitOnSignals();
    if (cl.pidFile() != null) {
      new PidFile(Cherry.engine(), cl.pidFile()).subscribe();
    }
    mountOthers(Cherry.tree(), apps);
    App main = apps.get(0);
    Map<String, Object> config = mainConfig(main, cl);
    config.put("global", cl.global());
    HttpServer server = Cherry.start(main.root(), main.scriptName(), config);
    out.println(
        main.root().getClass().getSimpleName()
            + " serving on "
            + server.base()
            + Application.normalizeScriptName(main.scriptName())
            + "/");
    Cherry.engine().block();
  }

  /**
   * {@code globalConfig} with the command line's global config laid over it (config files' {@code
   * [global]} sections, {@code -e}, {@code --host}, {@code --port}), for hand-written mains.
   *
   * @throws IllegalArgumentException naming the option or file that cannot be used
   */
  public static Map<String, Object> global(String[] args, Map<String, Object> globalConfig) {
    try {
      return CommandLine.parse(args, globalConfig).global();
    } catch (UsageError e) {
      throw new IllegalArgumentException(e.getMessage() + "; options:\n" + CommandLine.USAGE);
    }
  }

  /** The global config the command line sets, for hand-written mains. */
  public static Map<String, Object> commandLine(String[] args) {
    return global(args, Map.of());
  }

  /** The message of {@code e} and of its causes, on one line. */
  private static String oneLine(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (b.indexOf(m) < 0) {
        b.append(b.length() == 0 ? "" : ": ").append(m);
      }
    }
    return b.toString().replace('\n', ' ');
  }
}
