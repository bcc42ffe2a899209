package org.jcherry.samples.reqresp;

import java.util.Map;
import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays {@code cases/reqresp.json}, a copy of the shared case file recorded from CherryPy 18.8,
 * against this port served in-process with Root_Main's global config (production, a 65536-byte
 * server-wide body cap).
 */
class ReqrespConformanceTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root())
          .global("environment", "production")
          .global("server.max_request_body_size", 65536);

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases(
        "cases/reqresp.json", () -> "http://127.0.0.1:" + server.port(), Map.of());
  }
}
