package org.jcherry.samples.dispatch;

import java.util.Map;
import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays {@code cases/dispatch.json}, a copy of the shared case file recorded from CherryPy 18.8,
 * against this port served in-process with {@link Main}'s mounts and global config.
 */
class DispatchConformanceTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new MainRoot())
          .mount(new ApiRoot(), "/api", Main.apiConfig())
          .mount(new InfoRoot(), "/mounted/deep", Map.of())
          .global("environment", "production");

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases(
        "cases/dispatch.json", () -> "http://127.0.0.1:" + server.port(), Map.of());
  }
}
