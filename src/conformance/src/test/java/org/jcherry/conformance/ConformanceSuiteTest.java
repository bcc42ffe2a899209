package org.jcherry.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The JUnit helper and the command line, over cases/canned.json and a canned server. */
class ConformanceSuiteTest {
  private static CannedServer server;

  @BeforeAll
  static void start() throws IOException {
    server =
        new CannedServer(
            path ->
                CannedServer.bytes(
                    path.equals("/ok")
                        ? "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nfine"
                        : "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static Map<String, DynamicTest> tests(Map<String, String> known) {
    return ConformanceSuite.cases("/cases/canned.json", server::base, known)
        .collect(Collectors.toMap(DynamicTest::getDisplayName, t -> t));
  }

  @Test
  void oneDynamicTestPerCaseFailingWithCheckPyMessages() {
    Map<String, DynamicTest> tests = tests(Map.of());
    assertEquals(3, tests.size());
    assertDoesNotThrow(() -> tests.get("canned.ok").getExecutable().execute());
    AssertionFailedError body =
        assertThrows(
            AssertionFailedError.class,
            () -> tests.get("canned.wrong-body").getExecutable().execute());
    assertEquals("canned.wrong-body: body b'fine' != expected b'other'", body.getMessage());
    AssertionFailedError missing =
        assertThrows(
            AssertionFailedError.class,
            () -> tests.get("canned.missing").getExecutable().execute());
    assertEquals(
        "canned.missing: status 404 != expected 200; reason 'Not Found' != expected 'OK'",
        missing.getMessage());
  }

  @Test
  void knownFailuresAreSkippedWhileTheyFailAndFailOnceTheyPass() {
    Map<String, DynamicTest> tests =
        tests(Map.of("canned.missing", "bug 7: no page", "canned.ok", "bug 8: fixed?"));
    TestAbortedException skipped =
        assertThrows(
            TestAbortedException.class,
            () -> tests.get("canned.missing").getExecutable().execute());
    assertTrue(
        skipped
            .getMessage()
            .startsWith("known failure: bug 7: no page -- canned.missing: status 404"),
        skipped.getMessage());
    AssertionFailedError passes =
        assertThrows(
            AssertionFailedError.class, () -> tests.get("canned.ok").getExecutable().execute());
    assertEquals(
        "canned.ok passes now: remove it from the known failures (bug 8: fixed?)",
        passes.getMessage());
  }

  @Test
  void knownFailuresMustNameCases() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tests(Map.of("canned.nope", "typo")));
    assertTrue(e.getMessage().contains("[canned.nope]"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ConformanceSuite.cases("cases/none.json", server::base));
  }

  private static String[] run(int expectedStatus, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Check.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(expectedStatus, status, err.toString(StandardCharsets.UTF_8));
    return new String[] {
      out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void commandLinePrintsFailuresThenOneSummaryLine() throws URISyntaxException {
    String cases =
        Path.of(ConformanceSuiteTest.class.getResource("/cases/canned.json").toURI()).toString();
    String[] all = run(1, "--base", server.base(), cases);
    assertEquals(
        List.of(
            "FAIL canned.wrong-body: body b'fine' != expected b'other'",
            "FAIL canned.missing: status 404 != expected 200; reason 'Not Found' != expected 'OK'",
            "1 passed, 2 failed"),
        all[0].lines().collect(Collectors.toList()));
    String[] one = run(0, "--base=" + server.base(), "--only", "canned.ok", "-v", cases);
    assertEquals(
        List.of("ok   canned.ok", "1 passed, 0 failed"),
        one[0].lines().collect(Collectors.toList()));
  }

  @Test
  void badUsageAndUnreadableFilesExitWithTwo(@TempDir Path dir) throws IOException {
    assertTrue(run(2, "cases.json")[1].contains("--base"));
    assertTrue(run(2, "--base", "ftp://x", "cases.json")[1].contains("http://HOST:PORT"));
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"cases\": [");
    String[] r = run(2, "--base", server.base(), broken.toString());
    assertTrue(r[1].startsWith("cannot read " + broken), r[1]);
    assertEquals("", r[0]);
  }
}
