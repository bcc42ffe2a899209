package org.jcherry.samples.hello;

import org.jcherry.AppRoot;
import org.jcherry.Expose;

/**
 * The smallest JCherry application. {@code /} answers here; {@code /blog/...} is the {@link Blog}
 * node. {@code @AppRoot} makes the processor write {@code Root_Main}, which serves a new Root.
 * Screen logging is off, so that a load test measures serving rather than the console.
 */
@AppRoot(config = "log.screen = False")
public class Root {
  public final Blog blog = new Blog();

  @Expose
  public String index() {
    return "Hello, world!";
  }
}
