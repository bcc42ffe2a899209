package org.jcherry.bench;

import io.jooby.ExecutionMode;
import io.jooby.Jooby;
import io.jooby.MediaType;
import io.jooby.ServerOptions;

/**
 * samples/hello's two routes in Jooby 3 on its Undertow server (jooby-undertow), written the way
 * Jooby's docs show: path variables in the route, the query parameter from the context. Jooby's
 * defaults otherwise ({@code ExecutionMode.DEFAULT}: a handler that returns a value runs on a
 * worker thread), logging to slf4j-nop.
 *
 * <pre>java -jar jcherry-bench-*-jooby.jar --port P</pre>
 */
public final class JoobyHello extends Jooby {
  {
    get(
        "/",
        ctx -> {
          ctx.setResponseType(MediaType.html);
          return "Hello, world!";
        });
    get(
        "/blog/{year}/{month}/{slug}",
        ctx -> {
          ctx.setResponseType(MediaType.html);
          String x = ctx.query("x").valueOrNull();
          if (x == null) {
            ctx.setResponseCode(404);
            return "Not Found";
          }
          return "year="
              + ctx.path("year").value()
              + " month="
              + ctx.path("month").value()
              + " slug="
              + ctx.path("slug").value()
              + " x="
              + x;
        });
  }

  public static void main(String[] args) {
    int port = Args.port(args);
    runApp(
        new String[0],
        ExecutionMode.DEFAULT,
        () -> {
          JoobyHello app = new JoobyHello();
          ServerOptions options = new ServerOptions();
          options.setHost("127.0.0.1");
          options.setPort(port);
          app.setServerOptions(options);
          return app;
        });
    System.out.println("READY " + port);
  }
}
