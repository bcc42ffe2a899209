package org.jcherry.bench;

import io.javalin.Javalin;

/**
 * bench/waiting.sh's 50 ms handler in Javalin: {@code GET /} sleeps 50 ms, as a handler waiting on
 * a database would, then answers {@code waited}. A blocking handler is what Javalin's docs pair
 * with virtual threads, so {@code --virtual-threads} sets {@code config.useVirtualThreads} (JDK
 * 21+); without it Jetty's default pool (up to 250 threads) runs it. Banner off, slf4j-nop.
 *
 * <pre>
 * java -cp jcherry-bench-*-javalin.jar org.jcherry.bench.JavalinWaiting --port P [--virtual-threads]
 * </pre>
 */
public final class JavalinWaiting {
  private JavalinWaiting() {}

  public static void main(String[] args) {
    int port = Args.port(args);
    boolean virtualThreads = Args.flag(args, "--virtual-threads");
    Javalin app =
        Javalin.create(
                config -> {
                  config.showJavalinBanner = false;
                  config.useVirtualThreads = virtualThreads;
                })
            .get(
                "/",
                ctx -> {
                  Thread.sleep(50);
                  ctx.result("waited");
                })
            .start("127.0.0.1", port);
    System.out.println("READY " + app.port());
  }
}
