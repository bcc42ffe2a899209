package org.jcherry.samples.wiki;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How one wiki instance runs: its data directory (the H2 file and the attachments), the database
 * URL (H2 in the data directory when {@code null}; {@code jdbc:postgresql://...} to share one), the
 * Redis URL of shared sessions ({@code null}: in memory), and whether it sits behind a proxy.
 */
record WikiSettings(
    Path dataDir, String dbUrl, String dbUser, String dbPassword, String redisUrl, boolean proxy) {

  static WikiSettings embedded(Path dataDir) {
    return new WikiSettings(dataDir, null, null, null, null, false);
  }

  /**
   * Reads {@code --data DIR --db URL --db-user U --db-password P --redis URL --proxy} out of {@code
   * args}; what is left ({@code --host}, {@code --port}) goes into {@code rest}.
   */
  static WikiSettings parse(String[] args, List<String> rest) {
    Path data = Path.of("wiki-data");
    String db = null;
    String user = null;
    String password = null;
    String redis = null;
    boolean proxy = false;
    List<String> left = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--data" -> data = Path.of(need(args[i], value));
        case "--db" -> db = need(args[i], value);
        case "--db-user" -> user = need(args[i], value);
        case "--db-password" -> password = need(args[i], value);
        case "--redis" -> redis = need(args[i], value);
        case "--proxy" -> {
          proxy = true;
          continue;
        }
        default -> {
          left.add(args[i]);
          continue;
        }
      }
      i++;
    }
    rest.addAll(left);
    return new WikiSettings(data, db, user, password, redis, proxy);
  }

  private static String need(String flag, String value) {
    if (value == null) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return value;
  }
}
