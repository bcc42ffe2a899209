package org.jcherry.bench.jmh;

import org.jcherry.dispatch.ObjectTreeDispatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether a request costs more in a big tree: bench/scale/generate.py's app of 10 handlers against
 * its app of 10,000 (bench/scale compiles both with the processor), each served in memory on its
 * first, a middle and its last handler. {@code serve} is a whole request ({@link
 * InMemoryApp#serve}), {@code dispatch} only the step that finds the handler ({@link
 * ObjectTreeDispatcher}). bench/jmh.sh reports each 10,000-handler score as a ratio to the
 * 10-handler one.
 */
@State(Scope.Thread)
public class ScaleBenchmark {
  /** generate.py's handlers take turns at four shapes; {@link #index} keeps to one of them. */
  private static final int SHAPES = 4;

  /** generate.py's handlers per child node of the root. */
  private static final int PER_NODE = 100;

  /** The handlers of the app (the root's {@code index} is one). */
  @Param({"10", "10000"})
  public int handlers;

  /** Which of its handlers is asked: {@code first}, {@code middle} or {@code last}. */
  @Param({"first", "middle", "last"})
  public String handler;

  private InMemoryApp app;

  @Setup
  public void mountApp() {
    int i = index(handlers, handler);
    app = new InMemoryApp(root(handlers), "/n" + (i - 1) / PER_NODE + "/h" + i + "?name=x");
    app.check("h" + i + " x");
  }

  /** The generated app's root, made directly (the benchmark uses no reflection either). */
  private static Object root(int handlers) {
    return switch (handlers) {
      case 10 -> new scale10.Root();
      case 10000 -> new scale10000.Root();
      default ->
          throw new IllegalArgumentException("no generated app of " + handlers + " handlers");
    };
  }

  /**
   * The handler {@code h<i>} at that position, moved back to the nearest with generate.py's text
   * parameter shape, {@code h<i>(String name)}, so that every case calls the same kind of method
   * and only the tree around it differs.
   */
  static int index(int handlers, String position) {
    int i =
        switch (position) {
          case "first" -> 1;
          case "middle" -> handlers / 2;
          case "last" -> handlers - 1;
          default -> throw new IllegalArgumentException("no handler position " + position);
        };
    return i - (i - 1) % SHAPES;
  }

  @Benchmark
  public void serve(Blackhole bh) {
    InMemoryApp.consume(app.serve(), bh);
  }

  @Benchmark
  public void dispatch(Blackhole bh) {
    bh.consume(app.dispatch());
  }
}
