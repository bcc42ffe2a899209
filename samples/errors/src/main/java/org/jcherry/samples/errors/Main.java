package org.jcherry.samples.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.boot.Launcher;

/**
 * {@code java -jar samples/errors/target/errors.jar [--host H] [--port P]}: serves errors.py's app.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Map<String, Map<String, ?>> config = new LinkedHashMap<>(ErrorsApp.config());
    config.put("global", Launcher.global(args, Map.of("environment", "production")));
    Cherry.quickstart(new Root(), "", config);
  }
}
