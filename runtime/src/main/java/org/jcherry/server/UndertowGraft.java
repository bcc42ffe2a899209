package org.jcherry.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import java.util.function.Function;
import org.jcherry.app.Graft;
import org.jcherry.app.Tree;

/**
 * An Undertow {@link HttpHandler} grafted beside the JCherry tree, CherryPy's {@code
 * tree.graft(wsgi_app, "/legacy")}: {@code Cherry.tree().graft(UndertowGraft.of(handler),
 * "/legacy")}. The handler sees the exchange as under Undertow's {@code PathHandler}: the script
 * name as its resolved path, the rest as its relative path. It runs on a JCherry request thread.
 */
public final class UndertowGraft implements Graft {
  /** What a deployment made for its script name: the handler, and how to end it at exit. */
  public record Deployment(HttpHandler handler, Runnable undeploy) {}

  private final String description;
  private final Function<String, Deployment> deployment;
  private final boolean oneScriptName;
  private String scriptName;
  private Runnable undeploy;
  private volatile HttpHandler handler;

  private UndertowGraft(
      String description, Function<String, Deployment> deployment, boolean oneScriptName) {
    this.description = description;
    this.deployment = deployment;
    this.oneScriptName = oneScriptName;
  }

  public static UndertowGraft of(HttpHandler handler) {
    if (handler == null) {
      throw new IllegalArgumentException("UndertowGraft.of needs a handler, not null");
    }
    return new UndertowGraft(
        "the Undertow handler " + handler.getClass().getName(),
        scriptName -> new Deployment(handler, () -> {}),
        false);
  }

  /**
   * A handler made by {@code deployment} from the script name when grafted, for a deployment whose
   * context path is its script name (a Servlet application: {@code jcherry-servlet}), and
   * undeployed when the engine exits. It can be grafted at one script name only. {@code
   * description} names it in messages: {@code "the Servlet application legacy"}.
   */
  public static UndertowGraft deployedAt(
      String description, Function<String, Deployment> deployment) {
    if (description == null || deployment == null) {
      throw new IllegalArgumentException(
          "UndertowGraft.deployedAt needs a description and a deployment, not null");
    }
    return new UndertowGraft(description, deployment, true);
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public synchronized void graftedAt(String scriptName) {
    if (oneScriptName && this.scriptName != null) {
      throw new IllegalStateException(
          "Cannot graft "
              + description
              + " at '"
              + scriptName
              + "': it is grafted at '"
              + this.scriptName
              + "', and its context path is that script name");
    }
    Deployment made = deployment.apply(scriptName);
    if (made == null || made.handler() == null) {
      throw new IllegalStateException(description + " made no handler for '" + scriptName + "'");
    }
    this.scriptName = scriptName;
    undeploy = made.undeploy();
    handler = made.handler();
  }

  @Override
  public synchronized void release() {
    if (undeploy != null) {
      undeploy.run();
      undeploy = null;
    }
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
