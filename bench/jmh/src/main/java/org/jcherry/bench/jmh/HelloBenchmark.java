package org.jcherry.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.jcherry.samples.hello.Root;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JCherry serving samples/hello in memory, without the network, against {@link HandWritten} on the
 * same input, in pairs: {@code serve*} is a whole request (JCherry: {@link InMemoryApp#serve}),
 * {@code dispatch*} only the step that finds the handler (JCherry: {@link ObjectTreeDispatcher} on
 * hello's application). bench/jmh.sh reports each JCherry score as a ratio to its baseline.
 */
@State(Scope.Thread)
public class HelloBenchmark {
  static final String ROOT = "/";
  static final String BLOG = "/blog/2024/05/hello?x=1";

  /** What samples/hello answers to each request target (bench/run.sh checks the same bytes). */
  private static final Map<String, String> EXPECTED =
      Map.of(ROOT, "Hello, world!", BLOG, "year=2024 month=05 slug=hello x=1");

  /** The request target: path and query string. */
  @Param({ROOT, BLOG})
  public String target;

  private InMemoryApp hello;

  /** The target's path and query string, the baseline's input, as fields, as JCherry's are. */
  private String rawPath;

  private String query;

  @Setup
  public void mountHello() {
    hello = new InMemoryApp(new Root(), target);
    rawPath = hello.rawPath();
    query = hello.query();
    hello.check(EXPECTED.get(target));
    checkBaseline();
  }

  /** The baseline must give hello's answer too, and find a route. */
  private void checkBaseline() {
    HandWritten.Answer answer = HandWritten.serve(rawPath, query);
    if (answer.status() != 200
        || !Arrays.equals(answer.body(), EXPECTED.get(target).getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalStateException(
          "the baseline answered " + target + " with " + answer.status());
    }
    if (HandWritten.route(rawPath) == null) {
      throw new IllegalStateException("the baseline found no route for " + target);
    }
  }

  @Benchmark
  public void serveJCherry(Blackhole bh) {
    InMemoryApp.consume(hello.serve(), bh);
  }

  @Benchmark
  public void serveBaseline(Blackhole bh) {
    HandWritten.Answer answer = HandWritten.serve(rawPath, query);
    bh.consume(answer.status());
    bh.consume(answer.headers());
    bh.consume(answer.body());
  }

  @Benchmark
  public void dispatchJCherry(Blackhole bh) {
    bh.consume(hello.dispatch());
  }

  @Benchmark
  public void dispatchBaseline(Blackhole bh) {
    bh.consume(HandWritten.route(rawPath));
  }
}
