package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import org.jcherry.app.Graft;
import org.jcherry.app.Tree;

/**
 * An Undertow {@link HttpHandler} grafted beside the JCherry tree, CherryPy's {@code
 * tree.graft(wsgi_app, "/legacy")}: {@code Cherry.tree().graft(UndertowGraft.of(handler),
 * "/legacy")}. The handler sees the exchange as under Undertow's {@code PathHandler}: the script
 * name as its resolved path, the rest as its relative path. It runs on a JCherry request thread.
 */
public final class UndertowGraft implements Graft {
  private final HttpHandler handler;

  private UndertowGraft(HttpHandler handler) {
    this.handler = handler;
  }

  public static UndertowGraft of(HttpHandler handler) {
    if (handler == null) {
      throw new IllegalArgumentException("UndertowGraft.of needs a handler, not null");
    }
    return new UndertowGraft(handler);
  }

  @Override
  public String describe() {
    return "the Undertow handler " + handler.getClass().getName();
  }

  /** Whether a graft of {@code tree} answers the path of {@code exchange}. */
  static boolean answers(Tree tree, HttpServerExchange exchange) {
    return tree.graftFor(exchange.getRelativePath()) != null;
  }

  /**
   * Serves {@code exchange} with the graft of {@code tree} its path belongs to, if one does;
   * returns whether one did.
   */
  static boolean serve(Tree tree, HttpServerExchange exchange) throws Exception {
    String path = exchange.getRelativePath();
    Map.Entry<String, Graft> found = tree.graftFor(path);
    if (found == null || !(found.getValue() instanceof UndertowGraft)) {
      return false;
    }
    String scriptName = found.getKey();
    exchange.setRelativePath(path.substring(scriptName.length()));
    exchange.setResolvedPath(scriptName);
    ((UndertowGraft) found.getValue()).handler.handleRequest(exchange);
    return true;
  }
}
