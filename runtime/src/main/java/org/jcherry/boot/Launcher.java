package org.jcherry.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.server.HttpServer;

/** Starts an application from a command line; the generated {@code <Root>_Main} classes call it. */
public final class Launcher {
  private Launcher() {}

  /**
   * Applies {@code globalConfig}, then the command line ({@code --host H}, {@code --port P}),
   * mounts {@code root} at {@code scriptName} and serves it until the process is stopped. The
   * address it serves on is printed, whatever the log settings, so a user starting it knows where
   * to look.
   */
  public static void run(
      String[] args, Object root, String scriptName, Map<String, Object> globalConfig) {
    HttpServer.preloadInBackground();
    Cherry.engine().exitOnSignals();
    HttpServer server =
        Cherry.start(root, scriptName, Map.of("global", global(args, globalConfig)));
    System.out.println(
        root.getClass().getSimpleName() + " serving on " + server.base() + scriptName + "/");
    Cherry.engine().block();
  }

  /**
   * {@code globalConfig} with the command line ({@code --host H}, {@code --port P}) laid over it.
   */
  public static Map<String, Object> global(String[] args, Map<String, Object> globalConfig) {
    Map<String, Object> global = new LinkedHashMap<>(globalConfig);
    global.putAll(commandLine(args));
    return global;
  }

  /**
   * {@code --port P} and {@code --host H} as {@code server.*} config; anything else is an error.
   */
  public static Map<String, Object> commandLine(String[] args) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--port":
          out.put("server.socket_port", port(value));
          i++;
          break;
        case "--host":
          if (value == null) {
            throw usage("--host needs a value");
          }
          out.put("server.socket_host", value);
          i++;
          break;
        default:
          throw usage("unknown argument " + a);
      }
    }
    return out;
  }

  private static int port(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p < 0 || p > 65535) {
        throw usage("--port must be 0-65535");
      }
      return p;
    } catch (NumberFormatException e) {
      throw usage("--port needs a number, not " + value);
    }
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(problem + "; usage: [--host HOST] [--port PORT]");
  }
}
