package org.jcherry.boot;

import java.io.PrintStream;
import java.util.Map;
import org.jcherry.Cherry;
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

  private Launcher() {}

  /**
   * Runs the command line {@code args} for {@code root} mounted at {@code scriptName} over {@code
   * globalConfig} (the config compiled in): serves until the process is stopped, or prints what
   * {@code --routes}, {@code --check} or {@code --help} ask for; then exits the JVM with the
   * status.
   */
  public static void run(
      String[] args, Object root, String scriptName, Map<String, Object> globalConfig) {
    int status = launch(args, root, scriptName, globalConfig, System.out, System.err);
    System.exit(status);
  }

  /**
   * What {@link #run} does, writing to {@code out} and {@code err} and returning the exit status
   * instead of exiting (so it can be tested).
   */
  static int launch(
      String[] args,
      Object root,
      String scriptName,
      Map<String, Object> globalConfig,
      PrintStream out,
      PrintStream err) {
    String program = root.getClass().getSimpleName() + "_Main";
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
        case ROUTES -> {
          Tree tree = mount(root, scriptName, cl);
          out.print(Routes.of(tree, cl.global()).text());
        }
        case CHECK -> {
          mount(root, scriptName, cl);
          out.println(program + ": the config of " + scriptName + "/ mounts");
        }
        case SERVE -> {
          serve(root, scriptName, cl, out);
        }
      }
      return 0;
    } catch (RuntimeException e) {
      err.println(program + ": " + oneLine(e));
      return FAILED;
    }
  }

  /** Mounts {@code root} on a tree of its own, as serving would, without starting anything. */
  private static Tree mount(Object root, String scriptName, CommandLine cl) {
    Map<String, Object> config = cl.config();
    GlobalConfig global = new GlobalConfig();
    global.update(config);
    Tree tree = new Tree(global);
    tree.mount(root, scriptName, config);
    return tree;
  }

  /**
   * Serves until the engine exits. The address is printed whatever the log settings, so a user
   * starting it knows where to look.
   */
  private static void serve(Object root, String scriptName, CommandLine cl, PrintStream out) {
    HttpServer.preloadInBackground();
    Cherry.engine().exitOnSignals();
    if (cl.pidFile() != null) {
      new PidFile(Cherry.engine(), cl.pidFile()).subscribe();
    }
    HttpServer server = Cherry.start(root, scriptName, cl.config());
    out.println(
        root.getClass().getSimpleName() + " serving on " + server.base() + scriptName + "/");
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
