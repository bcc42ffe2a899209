package org.jcherry.samples.wiki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Expose;
import org.jcherry.NotFound;

/**
 * {@code /assets/NAME}: the CSS and script, read from the class path once when the wiki starts and
 * served with an ETag (304 when unchanged), an hour's {@code Expires} and gzip.
 */
@CpConfig({
  "tools.etags.on = True",
  "tools.etags.autotags = True",
  "tools.gzip.on = True",
  "tools.gzip.mime_types = ['text/css', 'text/javascript']",
  "tools.expires.on = True",
  "tools.expires.secs = 3600",
  "tools.expires.force = True"
})
public class Assets {
  private static final Map<String, String> TYPES =
      Map.of("wiki.css", "text/css;charset=utf-8", "wiki.js", "text/javascript;charset=utf-8");

  private final Map<String, byte[]> files = load();

  @Expose
  public byte[] default_(String... path) {
    byte[] bytes = path.length == 1 ? files.get(path[0]) : null;
    if (bytes == null) {
      throw new NotFound();
    }
    Cherry.response().headers().put("Content-Type", TYPES.get(path[0]));
    return bytes;
  }

  private static Map<String, byte[]> load() {
    Map<String, byte[]> m = new java.util.HashMap<>();
    for (String name : TYPES.keySet()) {
      try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
        m.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(m);
  }
}
