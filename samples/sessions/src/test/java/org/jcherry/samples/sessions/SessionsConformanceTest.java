package org.jcherry.samples.sessions;

import java.util.Map;
import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays {@code cases/sessions.json}, a copy of the shared case file recorded from CherryPy 18.8,
 * against this port served in-process with Root_Main's global config (production).
 */
class SessionsConformanceTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root()).global("environment", "production");

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases(
        "cases/sessions.json", () -> "http://127.0.0.1:" + server.port(), Map.of());
  }
}
