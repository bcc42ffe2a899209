package org.jcherry.it.serves;

import org.jcherry.AppRoot;
import org.jcherry.Default;
import org.jcherry.Expose;

/** A root with an index, a handler with aliases and typed parameters, and a popargs child. */
@AppRoot
public class Root {
  public final Archive archive = new Archive();

  @Expose
  public String index() {
    return "Hello from an IT build!";
  }

  @Expose({"hi", "salut.html"})
  public String greet(String name, @Default("1") int times) {
    return ("Hello " + name + "! ").repeat(times).trim();
  }
}
