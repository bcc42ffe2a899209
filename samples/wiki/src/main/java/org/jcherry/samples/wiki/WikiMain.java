package org.jcherry.samples.wiki;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.boot.Launcher;

/**
 * {@code java -jar samples/wiki/target/wiki.jar [--port P] [--host H] [--data DIR] [--db URL
 * --db-user U --db-password P] [--redis URL] [--proxy]}: serves the wiki, by default on
 * 127.0.0.1:8080 with its H2 database and attachments in {@code ./wiki-data}.
 */
public final class WikiMain {
  private WikiMain() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>();
    WikiSettings settings = WikiSettings.parse(args, rest);
    WikiApp app = WikiApp.open(settings);
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("environment", "production");
    global.put("log.screen", true);
    global.putAll(Launcher.commandLine(rest.toArray(String[]::new)));
    Map<String, Map<String, ?>> config = new LinkedHashMap<>(app.config);
    config.put("global", global);
    Cherry.quickstart(app.root, "", config);
  }
}
