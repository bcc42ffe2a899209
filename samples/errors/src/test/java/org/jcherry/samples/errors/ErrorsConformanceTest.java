package org.jcherry.samples.errors;

import java.util.Map;
import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays {@code cases/errors.json}, a copy of the shared case file recorded from CherryPy 18.8,
 * against this port served in-process as {@link Main} serves it (production, {@link
 * ErrorsApp#config()}).
 */
class ErrorsConformanceTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Root(), "", ErrorsApp.config())
          .global("environment", "production");

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases(
        "cases/errors.json", () -> "http://127.0.0.1:" + server.port(), Map.of());
  }
}
