package org.jcherry.samples.tools;

import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays against this port, served in-process as {@link ToolsMain} serves it (tests run in {@code
 * samples/tools}, so the static files are {@code static/}):
 *
 * <ul>
 *   <li>{@code cases/tools.json}, a copy of the shared case file recorded from CherryPy 18.8;
 *   <li>{@code cases/tools-extra.json}, held-out-style cases of our own: other inputs for the same
 *       features (Accept-Encoding and Accept-Charset variants, conditional requests, JSON bodies of
 *       every kind, ranges, traversal attempts, malformed credentials, trailing slashes), recorded
 *       the same way from the real tools.py.
 * </ul>
 */
class ToolsConformanceTest {
  @RegisterExtension static final CherryServer server = ToolsServers.tools();

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases("cases/tools.json", ToolsConformanceTest::base);
  }

  @TestFactory
  Stream<DynamicTest> heldOutStyleCases() {
    return ConformanceSuite.cases("cases/tools-extra.json", ToolsConformanceTest::base);
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }
}
