package demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcherry.AppRoot;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.NonBlocking;
import org.jcherry.http.Request;

/** The shop's root: handlers of every parameter kind, children, aliases, config. */
@AppRoot(
    scriptName = "/shop",
    config = {"environment = 'production'", "server.socket_port = 9090"})
@CpConfig({
  "tools.encode.encoding = 'iso-8859-1'",
  "tools.gzip.on = True",
  "tools.sessions.timeout = 60 * 24"
})
public class Root {
  /** Paint colours. */
  public enum Color {
    RED,
    GREEN,
    BLUE
  }

  public final Blog blog = new Blog();
  public final Calendar calendar = new Calendar();
  private final Archive archive = new Archive();
  private final Users users = new Users();

  public Archive getArchive() {
    return archive;
  }

  public Users getUsers() {
    return users;
  }

  @Expose
  public String index() {
    return "Hello, world!";
  }

  @Expose({"hi", "salut.html"})
  public String greet(String name, @Default("1") int times) {
    return ("Hello " + name + "! ").repeat(times);
  }

  @Expose
  @CpConfig({"tools.caching.on = False", "response.headers.X-Tags = ['a', 'b']"})
  public String paint(
      Color color,
      Optional<Integer> shade,
      List<String> tag,
      long[] sizes,
      @Default("2.5") double ratio) {
    return color + " " + shade.orElse(0) + " " + tag + " " + sizes.length + " " + ratio;
  }

  @Expose("who-am-i")
  public String whoami(Request request, Map<String, Object> rest) {
    return request.method() + " " + rest;
  }

  @Expose
  @NonBlocking
  public void ping() {}

  @Expose
  public String default_(String... vpath) {
    return "default " + String.join("/", vpath);
  }
}
