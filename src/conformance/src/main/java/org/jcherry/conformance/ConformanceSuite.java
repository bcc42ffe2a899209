package org.jcherry.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns a case file on the test class path into JUnit 5 dynamic tests, one per case, named by the
 * case id, each failing with check.py's difference message:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CherryServer server = CherryServer.of(new Root()).global("environment", "production");
 *
 * @TestFactory
 * Stream<DynamicTest> basics() {
 *   return ConformanceSuite.cases("cases/basics.json", () -> "http://127.0.0.1:" + server.port());
 * }
 * }</pre>
 *
 * The base URL is asked for when each test runs, so a server started by an extension is up by then.
 */
public final class ConformanceSuite {
  private ConformanceSuite() {}

  /** One dynamic test per case of the case file at class-path resource {@code resource}. */
  public static Stream<DynamicTest> cases(String resource, Supplier<String> base) {
    return cases(resource, base, Map.of());
  }

  /**
   * As {@link #cases(String, Supplier)}, with known failures: case id to the reason (the bug it
   * shows). A known failure that still fails is skipped (aborted) with the reason and its
   * differences; one that passes fails, so the entry gets removed once the bug is fixed. An id that
   * names no case of the file is an error.
   */
  public static Stream<DynamicTest> cases(
      String resource, Supplier<String> base, Map<String, String> knownFailures) {
    CaseFile file = CaseFile.fromResource(resource);
    TreeSet<String> unknown = new TreeSet<>(knownFailures.keySet());
    for (CaseFile.Case c : file.cases()) {
      unknown.remove(c.id());
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "known failures name no case of " + resource + ": " + unknown);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (CaseFile.Case c : file.cases()) {
      String known = knownFailures.get(c.id());
      tests.add(DynamicTest.dynamicTest(c.id(), () -> check(c, base.get(), known)));
    }
    return tests.stream();
  }

  /**
   * Runs one case against {@code base}; throws {@link AssertionFailedError} with check.py's {@code
   * id: difference; difference} line when it fails.
   */
  public static void check(CaseFile.Case c, String base) {
    check(c, base, null);
  }

  private static void check(CaseFile.Case c, String base, String knownFailure) {
    List<String> diffs = new CaseRunner(base).run(c);
    String message = c.id() + ": " + String.join("; ", diffs);
    if (knownFailure != null) {
      if (diffs.isEmpty()) {
        throw new AssertionFailedError(
            c.id() + " passes now: remove it from the known failures (" + knownFailure + ")");
      }
      throw new TestAbortedException("known failure: " + knownFailure + " -- " + message);
    }
    if (!diffs.isEmpty()) {
      throw new AssertionFailedError(message);
    }
  }
}
