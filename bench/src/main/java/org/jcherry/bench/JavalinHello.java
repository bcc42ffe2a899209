package org.jcherry.bench;

import io.javalin.Javalin;

/**
 * samples/hello's two routes in Javalin (on Jetty), written the way Javalin's docs show: path
 * parameters in the route, the query parameter from the context. Javalin's defaults otherwise
 * (Jetty's own thread pool), banner off, logging to slf4j-nop. {@code --virtual-threads} turns on
 * Javalin's own option for them ({@code config.useVirtualThreads}, JDK 21+): Jetty then runs every
 * task on a new virtual thread instead of its pool.
 *
 * <p>{@code GET /wait} is bench/waiting.sh's 50 ms handler: it sleeps 50 ms, as a handler waiting
 * on a database would, then answers {@code waited} (a blocking handler is what Javalin's docs pair
 * with virtual threads).
 *
 * <pre>java -jar jcherry-bench-*-javalin.jar --port P [--virtual-threads]</pre>
 */
public final class JavalinHello {
  private static final String CONTENT_TYPE = "text/html;charset=utf-8";

  private JavalinHello() {}

  public static void main(String[] args) {
    int port = Args.port(args);
    boolean virtualThreads = Args.flag(args, "--virtual-threads");
    Javalin app =
        Javalin.create(
                config -> {
                  config.showJavalinBanner = false;
                  config.useVirtualThreads = virtualThreads;
                })
            .get("/", ctx -> ctx.contentType(CONTENT_TYPE).result("Hello, world!"))
            .get(
                "/blog/{year}/{month}/{slug}",
                ctx -> {
                  String x = ctx.queryParam("x");
                  if (x == null) {
                    ctx.status(404).contentType(CONTENT_TYPE).result("Not Found");
                    return;
                  }
                  ctx.contentType(CONTENT_TYPE)
                      .result(
                          "year="
                              + ctx.pathParam("year")
                              + " month="
                              + ctx.pathParam("month")
                              + " slug="
                              + ctx.pathParam("slug")
                              + " x="
                              + x);
                })
            .get(
                "/wait",
                ctx -> {
                  Thread.sleep(50);
                  ctx.result("waited");
                })
            // bench/bodies.sh: the JSON it was sent, parsed and written again by Jackson.
            .post("/echo", ctx -> ctx.json(ctx.bodyAsClass(Object.class)))
            .start("127.0.0.1", port);
    System.out.println("READY " + app.port());
  }
}
