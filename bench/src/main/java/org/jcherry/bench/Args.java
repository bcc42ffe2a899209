package org.jcherry.bench;

/**
 * The command-line options the benchmark servers take: {@code --port P} (0 picks a free one), and
 * flags such as {@code --virtual-threads}.
 */
final class Args {
  private Args() {}

  static int port(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        return Integer.parseInt(args[i + 1]);
      }
      if (args[i].startsWith("--port=")) {
        return Integer.parseInt(args[i].substring("--port=".length()));
      }
    }
    throw new IllegalArgumentException("usage: --port P");
  }

  /** Whether {@code flag} is among {@code args}. */
  static boolean flag(String[] args, String flag) {
    for (String a : args) {
      if (a.equals(flag)) {
        return true;
      }
    }
    return false;
  }
}
