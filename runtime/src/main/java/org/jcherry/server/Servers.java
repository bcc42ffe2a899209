package org.jcherry.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcherry.app.Tree;
import org.jcherry.engine.Engine;
import org.jcherry.log.AccessLog;

/** Builds every server a config asks for: the main one and each {@code server.<name>.*} one. */
public final class Servers {
  private Servers() {}

  /**
   * The servers of {@code config}, main first, sharing {@code accessLog} and publishing {@code
   * engine}'s request channels; not yet started.
   */
  public static List<HttpServer> of(
      Tree tree, Map<String, Object> config, AccessLog accessLog, Engine engine) {
    List<HttpServer> out = new ArrayList<>();
    // The apps are mounted when the engine starts its servers: whether one serves a handler on
    // the IO thread sets how many IO threads there are.
    for (ServerSettings s : ServerSettings.all(config, tree.servesOnIoThread())) {
      out.add(new HttpServer(tree, s, accessLog, engine));
    }
    return out;
  }
}
