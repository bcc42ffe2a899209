package org.jcherry.samples.tools;

import java.nio.file.Path;
import org.jcherry.testing.CherryServer;

/** The tools app on a test server, configured as {@link ToolsMain} configures it. */
final class ToolsServers {
  private ToolsServers() {}

  static CherryServer tools() {
    CherryServer server = CherryServer.empty();
    ToolsApp.GLOBAL.forEach(server::global);
    CustomTools.register(server.tools());
    return server.mount(new Root(), "", ToolsApp.config(Path.of("static")));
  }
}
