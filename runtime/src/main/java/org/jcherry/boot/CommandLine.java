package org.jcherry.boot;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.config.ConfigFile;
import org.jcherry.config.Environments;

/**
 * The launcher's options, as CherryPy's {@code cherryd}: {@code -c/--config FILE} (repeatable),
 * {@code -e/--environment NAME}, {@code -p/--pidfile FILE}, {@code --host H}, {@code --port P},
 * {@code --routes}, {@code --check} and {@code --help}; {@code --opt=value} works too.
 *
 * <p>The config the app runs with is laid in this order, each over the one before: the global
 * config compiled in ({@code @AppRoot(config)}), each config file in command-line order (its {@code
 * [global]} section into the global config, its path sections into the app's), {@code -e}, then
 * {@code --host} and {@code --port}.
 */
record CommandLine(
    Map<String, Object> global,
    Map<String, Map<String, Object>> appSections,
    List<Path> configFiles,
    Path pidFile,
    Mode mode) {

  /** What the launcher does with the app. */
  enum Mode {
    SERVE,
    ROUTES,
    CHECK,
    HELP
  }

  static final String USAGE =
      String.join(
          "\n",
          "Options:",
          "  -c, --config FILE       a CherryPy INI config file ([global] and path sections);"
              + " repeatable, later files win",
          "  -e, --environment NAME  production, staging, embedded or test_suite",
          "  -p, --pidfile FILE      write the process id to FILE while serving",
          "      --host HOST         server.socket_host (default 127.0.0.1)",
          "      --port PORT         server.socket_port (default 8080)",
          "      --routes            print every URL the app serves, then exit",
          "      --check             check the config, print what looks wrong, then exit",
          "      --help              print this help, then exit");

  /**
   * Parses {@code args} over {@code compiledGlobal}.
   *
   * @throws UsageError naming the option or file that cannot be used
   */
  static CommandLine parse(String[] args, Map<String, Object> compiledGlobal) {
    Map<String, Object> global = new LinkedHashMap<>(compiledGlobal);
    Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    Map<String, Object> overrides = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    Path pidFile = null;
    Mode mode = Mode.SERVE;
    List<String> list = expand(args);
    for (int i = 0; i < list.size(); i++) {
      String a = list.get(i);
      switch (a) {
        case "-c", "--config" -> {
          Path file = Path.of(value(list, ++i, a));
          files.add(file);
          readConfig(file, global, sections);
        }
        case "-e", "--environment" ->
            overrides.put("environment", environment(value(list, ++i, a)));
        case "-p", "--pidfile" -> pidFile = Path.of(value(list, ++i, a));
        case "--host" -> overrides.put("server.socket_host", host(value(list, ++i, a)));
        case "--port" -> overrides.put("server.socket_port", port(value(list, ++i, a)));
        case "--routes" -> mode = mode(mode, Mode.ROUTES);
        case "--check" -> mode = mode(mode, Mode.CHECK);
        case "-h", "--help" -> mode = Mode.HELP;
        default ->
            throw new UsageError(
                (a.startsWith("-") ? "unknown option " : "unexpected argument ") + a);
      }
    }
    global.putAll(overrides);
    return new CommandLine(global, sections, List.copyOf(files), pidFile, mode);
  }

  /** {@code --opt=value} as two arguments. */
  private static List<String> expand(String[] args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 2) {
        out.add(a.substring(0, eq));
        out.add(a.substring(eq + 1));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new UsageError(option + " needs a value");
    }
    return args.get(i);
  }

  private static Mode mode(Mode current, Mode next) {
    if (current != Mode.SERVE && current != Mode.HELP && current != next) {
      throw new UsageError("--routes and --check cannot be given together");
    }
    return current == Mode.HELP ? current : next;
  }

  private static void readConfig(
      Path file, Map<String, Object> global, Map<String, Map<String, Object>> sections) {
    Map<String, Map<String, Object>> read;
    try {
      read = ConfigFile.read(file);
    } catch (UncheckedIOException e) {
      throw new UsageError("cannot read config file " + file + ": " + e.getCause().getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    read.forEach(
        (name, entries) -> {
          if (name.equals("global")) {
            global.putAll(entries);
          } else if (name.startsWith("/")) {
            sections.computeIfAbsent(name, n -> new LinkedHashMap<>()).putAll(entries);
          } else {
            throw new UsageError(
                "config file "
                    + file
                    + ": section ["
                    + name
                    + "] is neither [global] nor a path such as [/] or [/static]");
          }
        });
  }

  private static String environment(String name) {
    try {
      Environments.named(name);
    } catch (IllegalArgumentException e) {
      throw new UsageError("-e: " + e.getMessage());
    }
    return name;
  }

  private static String host(String host) {
    if (host.isEmpty()) {
      throw new UsageError("--host must not be empty; use 0.0.0.0 to listen on every address");
    }
    return host;
  }

  private static int port(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageError("--port needs a number from 0 to 65535, not " + value);
  }
}
