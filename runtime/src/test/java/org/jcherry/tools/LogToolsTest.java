package org.jcherry.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.tools.fixture.Hooked;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * log_tracebacks and log_headers (on by default) write a failing request's exception and headers to
 * the error log; turned off, they write nothing.
 */
class LogToolsTest {
  private static final Path ERROR_LOG = errorLog();

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .global("log.screen", false)
          .global("log.error_file", ERROR_LOG.toString())
          .mount(new Hooked(), "", Map.of())
          .mount(
              new Hooked(),
              "/quiet",
              Map.of("/", Map.of("tools.log_tracebacks.on", false, "tools.log_headers.on", false)));

  @Test
  void failuresAreLoggedWithTracebackAndHeaders(TestClient client) throws Exception {
    assertEquals(
        500, client.request("GET", "/boom", Map.of("X-Marker", "logged-one"), null).status());
    String log = Files.readString(ERROR_LOG);
    assertTrue(log.contains("GET /boom HTTP/1.1 failed"), log);
    assertTrue(log.contains("java.lang.IllegalStateException: boom"), log);
    assertTrue(log.contains("X-Marker: logged-one"), log);
  }

  @Test
  void turnedOffTheyLogNothing(TestClient client) throws Exception {
    assertEquals(
        500, client.request("GET", "/quiet/boom", Map.of("X-Marker", "quiet-one"), null).status());
    String log = Files.readString(ERROR_LOG);
    assertFalse(log.contains("GET /quiet/boom HTTP/1.1 failed"), log);
    assertFalse(log.contains("quiet-one"), log);
  }

  @AfterAll
  static void removeLog() throws Exception {
    Files.deleteIfExists(ERROR_LOG);
    Files.deleteIfExists(ERROR_LOG.getParent());
  }

  private static Path errorLog() {
    try {
      return Files.createTempDirectory("jcherry-logtools").resolve("error.log");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
