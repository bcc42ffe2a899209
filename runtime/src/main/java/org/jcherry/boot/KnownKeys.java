package org.jcherry.boot;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcherry.server.ServerSettings;

/**
 * The config namespaces JCherry reads and the keys of the site-wide ones ({@code server.*}, {@code
 * engine.*}, {@code log.*}, {@code checker.*}), for the checker's warnings about misspelt keys, and
 * the nearest known name for its "did you mean". The {@code request.*}/{@code response.*} keys and
 * the tools' arguments are checked where they are read, and fail the mount instead.
 */
final class KnownKeys {
  private KnownKeys() {}

  /** The namespaces of the framework itself; an app adds its toolboxes' and its own. */
  static final Set<String> NAMESPACES =
      Set.of(
          "tools",
          "hooks",
          "error_page",
          "request",
          "response",
          "server",
          "engine",
          "log",
          "checker",
          "tree",
          "wsgi");

  /** The namespaces that only the global config may use, as CherryPy's checker says. */
  static final List<String> SITE_ONLY = List.of("server", "engine", "tree", "checker");

  /** The keys of one server, {@code server.KEY} or {@code server.NAME.KEY}. */
  static final Set<String> SERVER = ServerSettings.KEYS;

  /** The other site-wide keys, by namespace, without it. */
  static final Map<String, Set<String>> SITE =
      Map.of(
          "engine",
              Set.of(
                  "autoreload.on", "autoreload.frequency", "autoreload.match", "SIGHUP", "SIGTERM"),
          "log", Set.of("screen", "error_file", "access_file"),
          "checker", Set.of("on"));

  /**
   * The name of {@code known} nearest to {@code name} when it is a likely misspelling (at most two
   * edits, or a third of the name), else {@code null}.
   */
  static String nearest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    for (String k : known) {
      int d = distance(name, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The Levenshtein distance of {@code a} and {@code b}, case ignored. */
  private static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int swap = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }
}
