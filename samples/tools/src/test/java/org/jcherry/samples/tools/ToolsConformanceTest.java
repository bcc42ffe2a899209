package org.jcherry.samples.tools;

import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays {@code cases/tools.json}, a copy of the shared case file recorded from CherryPy 18.8,
 * against this port served in-process as {@link ToolsMain} serves it (tests run in
 * {@code samples/tools}, so the static files are {@code static/}).
 */
class ToolsConformanceTest {
  @RegisterExtension static final CherryServer server = ToolsServers.tools();

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases("cases/tools.json", () -> "http://127.0.0.1:" + server.port());
  }
}
