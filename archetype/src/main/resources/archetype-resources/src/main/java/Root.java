package ${package};

import org.jcherry.AppRoot;
import org.jcherry.Cherry;
import org.jcherry.Default;
import org.jcherry.Expose;

/**
 * The root of the URL tree: {@code /} is {@link #index}, {@code /greet?name=...} is {@link #greet}.
 * Add a public field holding another object with {@code @Expose} methods to serve {@code
 * /field/...}. {@code @AppRoot} makes the JCherry processor write {@code Root_Main}, the jar's
 * entry point, which mounts a new Root at {@code /}; the static files under {@code /static} are
 * configured in {@code site.conf}.
 */
@AppRoot
public class Root {
  @Expose
  public String index() {
    return """
        <!DOCTYPE html>
        <html>
        <head><title>${artifactId}</title><link rel="stylesheet" href="static/style.css"></head>
        <body>
        <h1>Hello from ${artifactId}!</h1>
        <p><a href="greet?name=JCherry">Greet JCherry</a></p>
        </body>
        </html>
        """;
  }

  /** {@code /greet?name=Ada}; without a name it greets the world. */
  @Expose
  public String greet(@Default("world") String name) {
    Cherry.response().headers().put("Content-Type", "text/plain;charset=utf-8");
    return "Hello, " + name + "!";
  }
}
