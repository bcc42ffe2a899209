package org.jcherry.samples.tools;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jcherry.tools.auth.CheckPassword;

/** What the tools app needs besides its handler classes: the text it serves and its app config. */
public final class ToolsApp {
  /** 80 lines of text, long enough to be worth compressing. */
  static final String LONG_TEXT =
      IntStream.range(0, 80)
          .mapToObj(i -> String.format("tools line %03d: lorem ipsum dolor sit amet\n", i))
          .collect(Collectors.joining());

  /** The global config of tools.py. */
  public static final Map<String, Object> GLOBAL = Map.of("environment", "production");

  private ToolsApp() {}

  /**
   * The app config of tools.py: staticdir at {@code /static} and staticfile at {@code /robots.txt}
   * over {@code staticDir}, and the password check of {@code /secure}.
   */
  public static Map<String, Map<String, Object>> config(Path staticDir) {
    Path dir = staticDir.toAbsolutePath().normalize();
    Map<String, Map<String, Object>> config = new LinkedHashMap<>();
    config.put(
        "/static",
        Map.of(
            "tools.staticdir.on",
            true,
            "tools.staticdir.dir",
            dir.toString(),
            "tools.staticdir.index",
            "index.html"));
    config.put(
        "/robots.txt",
        Map.of(
            "tools.staticfile.on",
            true,
            "tools.staticfile.filename",
            dir.resolve("robots.txt").toString()));
    config.put(
        "/secure",
        Map.of("tools.auth_basic.checkpassword", CheckPassword.of(Map.of("alice", "wonderland"))));
    return config;
  }
}
