package org.jcherry.samples.config;

import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.boot.Launcher;

/**
 * {@code java -jar samples/config/target/config.jar [--host H] [--port P]}: serves config.py's two
 * applications, {@link PlainRoot} at the site root and {@link CfgRoot} at {@code /cfg}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Cherry.config().update(Launcher.global(args, Map.of("environment", "production")));
    Cherry.tree().mount(new PlainRoot(), "", Map.of());
    Cherry.quickstart(new CfgRoot(), "/cfg", ConfigApp.APP_CONFIG);
  }
}
