package org.jcherry.dispatch;

import java.util.List;

/**
 * One row of the URL space a handler class serves, as the processor saw it: a handler name (alias
 * or {@code default} included) with its typed parameters, or a popargs / {@code _cp_dispatch} hook
 * with the class it continues on. The launcher's {@code --routes} lists them; dispatch never reads
 * them.
 *
 * @param path the path below the node: {@code /}, {@code /create}, {@code /...}, {@code
 *     /{year}/{month}}
 * @param target {@code create()}, {@code index(int year, int month = 1)}, {@code popargs year,
 *     month}
 * @param next for a hook, the class dispatch continues on, or {@code null} when only the running
 *     code can tell; {@code null} for a handler
 */
public record Route(String path, String target, Class<?> next, boolean hook) {

  /** The handler answering {@code path}. */
  public static Route handler(String path, String target) {
    return new Route(path, target, null, false);
  }

  /**
   * {@code routes} as an unmodifiable list, for a generated {@code routes()}: not generic, as
   * {@code List.of} with one argument per route costs javac a type inference over all of them.
   */
  public static List<Route> list(Route... routes) {
    return List.of(routes);
  }

  /** A popargs or dispatch hook consuming {@code path}, then continuing on {@code next}. */
  public static Route hook(String path, String target, Class<?> next) {
    return new Route(path, target, next, true);
  }
}
