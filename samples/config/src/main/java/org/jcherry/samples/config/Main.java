package org.jcherry.samples.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.app.Launcher;

/**
 * {@code java -jar samples/config/target/config.jar [--host H] [--port P]}: serves config.py's two
 * applications, {@link PlainRoot} at the site root and {@link CfgRoot} at {@code /cfg}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("environment", "production");
    global.putAll(Launcher.commandLine(args));
    Cherry.config().update(global);
    Cherry.tree().mount(new PlainRoot(), "", Map.of());
    Cherry.quickstart(new CfgRoot(), "/cfg", ConfigApp.APP_CONFIG);
  }
}
