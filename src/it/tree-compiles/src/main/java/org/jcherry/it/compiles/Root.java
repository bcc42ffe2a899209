package org.jcherry.it.compiles;

import org.jcherry.AppRoot;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;

/** The application root: index, aliases, a default handler, children by field and by getter. */
@AppRoot(
    scriptName = "/app",
    config = {"environment = 'production'"})
@CpConfig({"tools.encode.encoding = 'utf-8'", "tools.gzip.on = True"})
public class Root {
  public final Blog blog = new Blog();
  private final Shop shop = new Shop();

  public Shop getShop() {
    return shop;
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
  public String default_(String... vpath) {
    return "default " + String.join("/", vpath);
  }
}
