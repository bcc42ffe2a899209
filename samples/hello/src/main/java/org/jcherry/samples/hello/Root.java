package org.jcherry.samples.hello;

import org.jcherry.AppRoot;
import org.jcherry.Expose;
import org.jcherry.NonBlocking;

/**
 * The smallest JCherry application. {@code /} and {@code /fast} answer here; {@code /blog/...} is
 * the {@link Blog} node. {@code @AppRoot} makes the processor write {@code Root_Main}, which serves
 * a new Root. Screen logging is off, so that a load test measures serving rather than the console.
 */
@AppRoot(config = "log.screen = False")
public class Root {
  public final Blog blog = new Blog();

  @Expose
  public String index() {
    return "Hello, world!";
  }

  /**
   * The same answer from a handler that declares it never blocks: served on the IO thread that read
   * the request, with no hand-off to a worker (see {@code --routes}).
   */
  @Expose
  @NonBlocking
  public String fast() {
    return "Hello, world!";
  }
}
