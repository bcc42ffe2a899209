package org.jcherry.app;

/**
 * An application that is not a JCherry tree, grafted beside the tree at a script name (CherryPy's
 * {@code tree.graft} of a WSGI callable). The tree only routes to it; the server that owns the
 * connection type serves it ({@code org.jcherry.server.UndertowGraft} for an Undertow handler), so
 * no server type appears here.
 */
public interface Graft {
  /** What the graft is, for messages: {@code Undertow handler LegacyHandler}. */
  String describe();

  /**
   * Called once by {@link Tree#graft} with the script name, after the name was found free and
   * before the graft serves anything: a graft whose deployment needs its context path (a Servlet
   * application) deploys here, and a failure fails the graft.
   */
  default void graftedAt(String scriptName) {}

  /**
   * Called once when the engine exits, after the servers closed: a deployment ends here (a Servlet
   * application's servlets and filters are destroyed).
   */
  default void release() {}
}
