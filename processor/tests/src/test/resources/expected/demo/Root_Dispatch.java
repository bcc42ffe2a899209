package demo;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jcherry.common.Converters;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.HandlerRow;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.PageHandlers;

/**
 * Dispatch table for {@link Root}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /                           index()
 *   /greet, /hi, /salut.html    greet(name, times)
 *   /paint                      paint(color, shade, tag, sizes, ratio)
 *   /whoami, /who-am-i          whoami(**rest)
 *   /ping                       ping()
 *   /...                        default_(vpath...)
 *   /blog/...                   child Blog (field blog)
 *   /calendar/...               child Calendar (field calendar)
 *   /archive/...                child Archive (getter getArchive())
 *   /users/...                  child Users (getter getUsers())
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Root_Dispatch implements DispatchTable<Root>, PageHandlers.Calls<Root> {
  private static final Map<String, Object> CONFIG = Map.ofEntries(
      Map.entry("tools.encode.encoding", "iso-8859-1"),
      Map.entry("tools.gzip.on", true),
      Map.entry("tools.sessions.timeout", 1440L));

  private static final Map<String, Object> PAINT_CONFIG = Map.ofEntries(
      Map.entry("tools.caching.on", false),
      Map.entry("response.headers.X-Tags", List.of("a", "b")));

  /**
   * The handlers, one row per exposed method; a row's number is its position.
   */
  private final PageHandlers<Root> handlers = new PageHandlers<Root>(
      this,
      // 0: /
      HandlerRow.of("Root.index", "index"),
      // 1: /greet, /hi, /salut.html
      HandlerRow.of("Root.greet", "greet", "hi", "salut_html").required("name").withDefault("times", "1"),
      // 2: /paint
      HandlerRow.of("Root.paint", "paint")
          .required("color")
          .optional("shade")
          .optional("tag")
          .optional("sizes")
          .withDefault("ratio", "2.5")
          .config(PAINT_CONFIG),
      // 3: /whoami, /who-am-i
      HandlerRow.of("Root.whoami", "whoami", "who_am_i").keywords(),
      // 4: /ping
      HandlerRow.of("Root.ping", "ping").nonBlocking(),
      // 5: /...
      HandlerRow.of("Root.default_", "default").varargs());

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Root_Dispatch() {
  }

  @Override
  public Class<Root> nodeType() {
    return Root.class;
  }

  /**
   * Calls the method of row {@code id} on {@code node} with its bound arguments.
   */
  @Override
  public Object call(int id, Root node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: return node.index(); // /
      case 1: return node.greet(args.text(0), args.integer(1)); // /greet, /hi, /salut.html
      case 2: // /paint
        return node.paint(
            args.get(0, Root.Color::valueOf),
            args.optional(1, Integer::valueOf),
            args.list(2, Converters::text),
            args.list(3, Long::valueOf).stream().mapToLong(Long::longValue).toArray(),
            args.doubleValue(4));
      case 3: return node.whoami(call.request(), args.keywords()); // /whoami, /who-am-i
      case 4: node.ping(); return null; // /ping
      case 5: return node.default_(args.segments()); // /...
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Root> handler(String name) {
    return handlers.handler(name);
  }

  @Override
  public Object child(Root node, String name) {
    switch (name) {
      case "blog": return node.blog; // /blog/...
      case "calendar": return node.calendar; // /calendar/...
      case "archive": return node.getArchive(); // /archive/...
      case "users": return node.getUsers(); // /users/...
      default: return null;
    }
  }

  @Override
  public List<String> handlerNames() {
    return handlers.names();
  }

  @Override
  public List<String> childNames() {
    return PageHandlers.names("blog", "calendar", "archive", "users");
  }

  @Override
  public Map<String, Object> config() {
    return CONFIG;
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.handler("/", "index()"),
            Route.handler("/greet", "greet(String name, int times = 1)"),
            Route.handler("/hi", "greet(String name, int times = 1)"),
            Route.handler("/salut.html", "greet(String name, int times = 1)"),
            Route.handler("/paint", "paint(Root.Color color, Optional<Integer> shade, List<String> tag, long[] sizes, double ratio = 2.5)"),
            Route.handler("/whoami", "whoami(Map<String, Object> **rest)"),
            Route.handler("/who-am-i", "whoami(Map<String, Object> **rest)"),
            Route.handler("/ping", "ping()"),
            Route.handler("/...", "default_(String... vpath)"));
  }
}
