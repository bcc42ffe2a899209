package org.jcherry.samples.wiki;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jcherry.testing.CherryServer;

/** A wiki served on an ephemeral port with a fresh H2 database in a temporary data directory. */
final class WikiServers {
  private WikiServers() {}

  static CherryServer embedded() {
    try {
      Path data = Files.createTempDirectory("wiki-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> Services.deleteTree(data)));
      WikiApp app = WikiApp.open(WikiSettings.embedded(data));
      return CherryServer.empty()
          .global("environment", "production")
          .mount(app.root, "", app.config);
    } catch (Exception e) {
      throw new IllegalStateException("the wiki did not open", e);
    }
  }
}
