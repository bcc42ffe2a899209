package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.log.AccessLog;

/**
 * JCherry applications as an Undertow {@link HttpHandler} for a server the user built, CherryPy's
 * {@code Application} as a WSGI callable: {@code Undertow.builder().setHandler(
 * EmbeddedHandler.of(new Root(), "", config))}. The handler routes by the exchange's full request
 * path to the tree's apps (mount more with {@link #tree()}), runs requests on the server's worker
 * threads and answers exactly as a JCherry server does; there is no engine, so no engine channels
 * and no session clean-up thread (stores expire sessions when they are read).
 */
public final class EmbeddedHandler implements HttpHandler {
  private final Tree tree;
  private final ExchangeHandler exchanges;

  private EmbeddedHandler(Tree tree, Map<String, Object> serverConfig) {
    this.tree = tree;
    ServerSettings settings = ServerSettings.from(serverConfig);
    this.exchanges =
        new ExchangeHandler(tree, settings.host(), settings, AccessLog.slf4jOnly(), null, null);
  }

  /**
   * Serves {@code root} mounted at {@code scriptName} with app config {@code config} (its {@code
   * global} section, if any, is the tree's global config: {@code server.*} keys set the request
   * limits and timeouts).
   */
  public static EmbeddedHandler of(Object root, String scriptName, Map<String, ?> config) {
    GlobalConfig global = new GlobalConfig();
    Map<String, ?> c = config == null ? Map.of() : config;
    if (c.get("global") instanceof Map) {
      global.update(c);
    }
    Tree tree = new Tree(global);
    tree.mount(root, scriptName, c);
    return new EmbeddedHandler(tree, global.asMap());
  }

  /** The tree served: mount or graft more applications here. */
  public Tree tree() {
    return tree;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchanges.handleRequest(exchange);
  }
}
