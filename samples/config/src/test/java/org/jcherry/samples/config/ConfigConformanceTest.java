package org.jcherry.samples.config;

import java.util.Map;
import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays {@code cases/config.json}, a copy of the shared case file recorded from CherryPy 18.8,
 * against this port served in-process with {@link Main}'s mounts and config.
 */
class ConfigConformanceTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new PlainRoot(), "", Map.of())
          .mount(new CfgRoot(), "/cfg", ConfigApp.APP_CONFIG)
          .global("environment", "production");

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases(
        "cases/config.json", () -> "http://127.0.0.1:" + server.port(), Map.of());
  }
}
