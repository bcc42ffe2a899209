package org.jcherry.samples.basics;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jcherry.conformance.ConformanceSuite;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays against this port, served in-process with Root_Main's global config (production):
 *
 * <ul>
 *   <li>{@code cases/basics.json}, a copy of the shared case file recorded from CherryPy 18.8;
 *   <li>{@code cases/basics-extra.json}, held-out-style cases of our own: other inputs for the same
 *       features (arguments from path, query and body, lists, **kwargs, names, generators,
 *       charsets, redirects, 404s), recorded the same way from the real basics.py.
 * </ul>
 */
class BasicsConformanceTest {
  private static final String MALFORMED_ESCAPES =
      "deliberate: a malformed %-escape is bad input and gets a clear 400 (Undertow's request parser"
          + " refuses it before JCherry sees it); CherryPy keeps it literally ('?name=%ZZ' -> 'Hello, %ZZ!')";

  /**
   * Cases that fail because the runtime differs from CherryPy, case id to the difference. Each is
   * skipped with that reason while it fails, and fails once it passes, so the entry gets removed
   * with the fix.
   */
  static final Map<String, String> KNOWN_FAILURES =
      Map.ofEntries(Map.entry("basics.extra.greet-bad-escape-in-query", MALFORMED_ESCAPES));

  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Root()).global("environment", "production");

  @TestFactory
  Stream<DynamicTest> recordedCases() {
    return ConformanceSuite.cases(
        "cases/basics.json", BasicsConformanceTest::base, knownFailures(false));
  }

  @TestFactory
  Stream<DynamicTest> heldOutStyleCases() {
    return ConformanceSuite.cases(
        "cases/basics-extra.json", BasicsConformanceTest::base, knownFailures(true));
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static Map<String, String> knownFailures(boolean extra) {
    return KNOWN_FAILURES.entrySet().stream()
        .filter(e -> e.getKey().startsWith("basics.extra.") == extra)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
