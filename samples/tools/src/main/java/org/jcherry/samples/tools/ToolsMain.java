package org.jcherry.samples.tools;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.boot.Launcher;

/**
 * Serves the tools app at the site root: {@code java -jar samples/tools/target/tools.jar [--port P]
 * [--host H]} from the repository root, whose {@code samples/tools/static} holds the static files.
 */
public final class ToolsMain {
  private ToolsMain() {}

  public static void main(String[] args) {
    Map<String, Object> global = new LinkedHashMap<>(ToolsApp.GLOBAL);
    global.putAll(Launcher.commandLine(args));
    CustomTools.register(Cherry.tree().tools());
    Map<String, Map<String, ?>> config =
        new LinkedHashMap<>(ToolsApp.config(Path.of("samples/tools/static")));
    config.put("global", global);
    Cherry.quickstart(new Root(), "", config);
  }
}
