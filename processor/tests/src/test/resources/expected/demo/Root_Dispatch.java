package demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jcherry.common.Converters;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.http.Request;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.PageHandlers;
import org.jcherry.internal.Param;

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
public final class Root_Dispatch implements DispatchTable<Root> {
  private static final Map<String, Object> CONFIG = Map.ofEntries(
      Map.entry("tools.encode.encoding", "iso-8859-1"),
      Map.entry("tools.gzip.on", true),
      Map.entry("tools.sessions.timeout", 1440L));

  private static final Map<String, Object> PAINT_CONFIG = Map.ofEntries(
      Map.entry("tools.caching.on", false),
      Map.entry("response.headers.X-Tags", List.of("a", "b")));

  private static final PageHandlers<Root> HANDLERS = new PageHandlers<>(Root_Dispatch::call);

  /**
   * {@code /}: {@link Root#index()}
   */
  static final PageHandler<Root> INDEX = HANDLERS.row(0, "Root.index", PageHandlers.NO_CONFIG);

  /**
   * {@code /greet}, {@code /hi}, {@code /salut.html}: {@link Root#greet(String, int)}
   */
  static final PageHandler<Root> GREET = HANDLERS.row(1, "Root.greet", PageHandlers.NO_CONFIG, Param.required("name"), Param.withDefault("times", "1"));

  /**
   * {@code /paint}: {@link Root#paint(Root.Color, Optional, List, long[], double)}
   */
  static final PageHandler<Root> PAINT = HANDLERS.row(2, "Root.paint", PAINT_CONFIG,
      Param.required("color"),
      Param.optional("shade"),
      Param.optional("tag"),
      Param.optional("sizes"),
      Param.withDefault("ratio", "2.5"));

  /**
   * {@code /whoami}, {@code /who-am-i}: {@link Root#whoami(Request, Map)}
   */
  static final PageHandler<Root> WHOAMI = HANDLERS.row(3, "Root.whoami", PageHandlers.NO_CONFIG, Param.keywords());

  /**
   * {@code /ping}: {@link Root#ping()}, @NonBlocking: may be served on the IO thread
   */
  static final PageHandler<Root> PING = HANDLERS.nonBlockingRow(4, "Root.ping", PageHandlers.NO_CONFIG);

  /**
   * {@code /...}: {@link Root#default_(String[])}
   */
  static final PageHandler<Root> DEFAULT = HANDLERS.row(5, "Root.default_", PageHandlers.NO_CONFIG, Param.varargs());

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
  private static Object call(int id, Root node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: // /
        return node.index();
      case 1: // /greet, /hi, /salut.html
        return node.greet(args.text(0), args.get(1, Integer::valueOf));
      case 2: // /paint
        return node.paint(
            args.get(0, Root.Color::valueOf),
            args.optional(1, Integer::valueOf),
            args.list(2, Converters::text),
            args.list(3, Long::valueOf).stream().mapToLong(Long::longValue).toArray(),
            args.get(4, Double::valueOf));
      case 3: // /whoami, /who-am-i
        return node.whoami(call.request(), args.keywords());
      case 4: // /ping
        node.ping();
        return null;
      case 5: // /...
        return node.default_(args.rest(Converters::text).toArray(new String[0]));
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Root> handler(String name) {
    switch (name) {
      case "index": return INDEX; // /
      case "greet": case "hi": case "salut_html": return GREET; // /greet, /hi, /salut.html
      case "paint": return PAINT; // /paint
      case "whoami": case "who_am_i": return WHOAMI; // /whoami, /who-am-i
      case "ping": return PING; // /ping
      case "default": return DEFAULT; // /...
      default: return null;
    }
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
    return PageHandlers.names("index", "greet", "paint", "whoami", "ping", "default");
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
    return List.of(
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
