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
import org.jcherry.samples.hello.Root;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JCherry serving samples/hello in memory, without the network, against {@link HandWritten} on the
 * same input, in pairs: {@code serve*} is a whole request (JCherry: {@code Tree.serve} of a {@link
 * Request} built as the server builds it, then {@code request.close()}), {@code dispatch*} only the
 * step that finds the handler (JCherry: {@link ObjectTreeDispatcher} on hello's {@link
 * Application}). bench/jmh.sh reports each JCherry score as a ratio to its baseline.
 */
@State(Scope.Thread)
public class HelloBenchmark {
  static final String ROOT = "/";
  static final String BLOG = "/blog/2024/05/hello?x=1";

  /** What samples/hello answers to each request target (bench/run.sh checks the same bytes). */
  private static final Map<String, String> EXPECTED =
      Map.of(ROOT, "Hello, world!", BLOG, "year=2024 month=05 slug=hello x=1");

  /** The only header wrk sends. */
  private static final String HOST = "127.0.0.1:8080";

  /** The request target: path and query string. */
  @Param({ROOT, BLOG})
  public String target;

  private String rawPath;
  private String query;
  private String pathInfo;
  private Tree tree;
  private Application app;

  /**
   * The request the dispatch pair walks with: one, made once, so that only the dispatch step is
   * timed; popargs put the same year and month into its params every time.
   */
  private Request dispatched;

  /**
   * The ends of the keep-alive connection every request comes over; the server makes them once per
   * connection.
   */
  private final Host local = new Host("127.0.0.1", 8080, "127.0.0.1");

  private final Host remote = new Host("127.0.0.1", 40000, "127.0.0.1");

  @Setup
  public void mountHello() {
    int q = target.indexOf('?');
    rawPath = q < 0 ? target : target.substring(0, q);
    query = q < 0 ? "" : target.substring(q + 1);
    pathInfo = PathSegments.decodePath(rawPath);
    // What Root_Main does: hello's @AppRoot config as the global config, Root mounted at the site
    // root.
    GlobalConfig global = new GlobalConfig();
    global.update(Map.of("log.screen", false));
    tree = new Tree(global);
    app = tree.mount(new Root(), "", Map.of());
    dispatched = newRequest();
    checkAnswers();
  }

  /**
   * A benchmark of wrong answers is worthless: both sides must give hello's status, type and body.
   */
  private void checkAnswers() {
    byte[] expected = EXPECTED.get(target).getBytes(StandardCharsets.UTF_8);
    Request request = newRequest();
    Response response = tree.serve(request);
    request.close();
    String type = response.headers().get("Content-Type");
    if (response.status() != 200
        || !HandWritten.CONTENT_TYPE.equals(type)
        || !(response.body() instanceof byte[])
        || !Arrays.equals((byte[]) response.body(), expected)) {
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
    HandWritten.Answer answer = HandWritten.serve(rawPath, query);
    if (answer.status() != 200 || !Arrays.equals(answer.body(), expected)) {
      throw new IllegalStateException(
          "the baseline answered " + target + " with " + answer.status());
    }
    if (ObjectTreeDispatcher.INSTANCE.dispatch(dispatched, pathInfo, app).handler() == null
        || HandWritten.route(rawPath) == null) {
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

  @Benchmark
  public void serveJCherry(Blackhole bh) {
    Request request = newRequest();
    Response response = tree.serve(request);
    request.close();
    bh.consume(response.status());
    bh.consume((byte[]) response.body());
  }

  @Benchmark
  public void serveBaseline(Blackhole bh) {
    HandWritten.Answer answer = HandWritten.serve(rawPath, query);
    bh.consume(answer.status());
    bh.consume(answer.body());
  }

  @Benchmark
  public void dispatchJCherry(Blackhole bh) {
    Resolution found = ObjectTreeDispatcher.INSTANCE.dispatch(dispatched, pathInfo, app);
    bh.consume(found);
  }

  @Benchmark
  public void dispatchBaseline(Blackhole bh) {
    bh.consume(HandWritten.route(rawPath));
  }
}
