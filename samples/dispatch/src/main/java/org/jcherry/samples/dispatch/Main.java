package org.jcherry.samples.dispatch;

import java.util.Map;
import org.jcherry.boot.Launcher;
import org.jcherry.dispatch.MethodDispatcher;

/**
 * The port of the conformance app {@code dispatch.py}: three applications in one tree. {@code java
 * -jar dispatch.jar [options]} ({@code --help} lists them) serves them on 127.0.0.1:8080 (or P) in
 * production mode.
 *
 * <pre>
 *   ''              MainRoot: /, /archive/[YEAR[/MONTH]], /archive/latest, /users/[ID/[posts?n=]],
 *                   /shelf/[about], /shelf/N/[chapter?number=], /whereami
 *   /api            ApiRoot under the MethodDispatcher: /api/, /api/items[/ID], /api/ping
 *   /mounted/deep   InfoRoot: a default handler for every path
 * </pre>
 */
public final class Main {
  /** The global config of dispatch.py. */
  public static final Map<String, Object> GLOBAL = Map.of("environment", "production");

  /** The app config of {@code /api}: every path is dispatched by HTTP method. */
  public static Map<String, Map<String, Object>> apiConfig() {
    return Map.of("/", Map.of("request.dispatch", new MethodDispatcher()));
  }

  private Main() {}

  public static void main(String[] args) {
    Launcher.run(
        "dispatch",
        args,
        GLOBAL,
        Launcher.App.of(new MainRoot(), "", Map.of()),
        Launcher.App.of(new ApiRoot(), "/api", apiConfig()),
        Launcher.App.of(new InfoRoot(), "/mounted/deep", Map.of()));
  }
}
