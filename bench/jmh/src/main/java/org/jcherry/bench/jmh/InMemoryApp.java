package org.jcherry.bench.jmh;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jcherry.app.Application;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.dispatch.PathSegments;
import org.jcherry.dispatch.Resolution;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.HeaderText;
import org.jcherry.http.Host;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One application root mounted at the site root, and one request target served to it in memory as
 * the server would serve it over a keep-alive connection: what every JCherry side of these
 * benchmarks times.
 */
final class InMemoryApp {
  /** What a handler returning a {@code String} answers with. */
  static final String CONTENT_TYPE = "text/html;charset=utf-8";

  /** The only header wrk sends. */
  private static final String HOST = "127.0.0.1:8080";

  /**
   * The ends of the keep-alive connection every request comes over; the server makes them once per
   * connection.
   */
  private final Host local = new Host("127.0.0.1", 8080, "127.0.0.1");

  private final Host remote = new Host("127.0.0.1", 40000, "127.0.0.1");

  private final String target;
  private final String rawPath;
  private final String query;
  private final String pathInfo;
  private final Tree tree;
  private final Application app;

  /**
   * The request {@link #dispatch} walks with: one, made once, so that only the dispatch step is
   * timed; popargs put the same values into its params every time.
   */
  private final Request dispatched;

  /**
   * Mounts {@code root} as its generated Root_Main does, for the apps here: their {@code @AppRoot}
   * config ({@code log.screen = False}) as the global config, the root at the site root.
   */
  InMemoryApp(Object root, String target) {
    this.target = target;
    int q = target.indexOf('?');
    rawPath = q < 0 ? target : target.substring(0, q);
    query = q < 0 ? "" : target.substring(q + 1);
    pathInfo = PathSegments.decodePath(rawPath);
    GlobalConfig global = new GlobalConfig();
    global.update(Map.of("log.screen", false));
    tree = new Tree(global);
    app = tree.mount(root, "", Map.of());
    dispatched = newRequest();
  }

  /** The path of the request target, without its query string. */
  String rawPath() {
    return rawPath;
  }

  /** The query string of the request target, empty when it has none. */
  String query() {
    return query;
  }

  /** A whole request: made as the server makes it, served, closed. */
  Response serve() {
    Request request = newRequest();
    Response response = tree.serve(request);
    request.close();
    return response;
  }

  /** What the benchmarks keep of a response, so that none of it is optimised away. */
  static void consume(Response response, Blackhole bh) {
    bh.consume(response.status());
    bh.consume((byte[]) response.body());
  }

  /** Only the step that finds the handler and its config scope. */
  Resolution dispatch() {
    return ObjectTreeDispatcher.INSTANCE.dispatch(dispatched, pathInfo, app);
  }

  /**
   * A benchmark of wrong answers is worthless: stops the run unless serving gives 200, {@link
   * #CONTENT_TYPE} and exactly {@code body}, and dispatch finds a handler.
   */
  void check(String body) {
    Response response = serve();
    String type = response.headers().get("Content-Type");
    if (response.status() != 200
        || !CONTENT_TYPE.equals(type)
        || !(response.body() instanceof byte[])
        || !Arrays.equals((byte[]) response.body(), body.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalStateException(
          "JCherry answered "
              + target
              + " with "
              + response.status()
              + " "
              + type
              + " "
              + bodyText(response.body()));
    }
    if (dispatch().handler() == null) {
      throw new IllegalStateException("no handler found for " + target);
    }
  }

  private static String bodyText(Object body) {
    return body instanceof byte[]
        ? new String((byte[]) body, StandardCharsets.UTF_8)
        : String.valueOf(body);
  }

  /**
   * The request as the server's ExchangeHandler makes it: a new one each time, since serving fills
   * it in.
   */
  private Request newRequest() {
    HeaderMap headers = new HeaderMap();
    headers.add("Host", HeaderText.decode(HOST));
    return new Request(
        "GET",
        rawPath,
        query,
        "HTTP/1.1",
        "http",
        headers,
        local,
        remote,
        InputStream.nullInputStream());
  }
}
