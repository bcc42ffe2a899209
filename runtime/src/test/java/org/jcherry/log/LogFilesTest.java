package org.jcherry.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log file writer and CherryPy's value escaping (the socket-level format is in AccessLogTest).
 */
class LogFilesTest {
  @Test
  void appendsLinesAndReopensAfterRotation(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("sub/access.log");
    LineFile file = new LineFile(log);
    file.append("one");
    Files.move(log, dir.resolve("access.log.1"));
    file.append("two");
    file.reopen();
    file.append("three");
    file.close();
    assertEquals(List.of("one", "two"), Files.readAllLines(dir.resolve("access.log.1")));
    assertEquals(List.of("three"), Files.readAllLines(log));
  }

  @Test
  void escapesAsPythonsBytesRepr() {
    assertEquals("plain text", LogLine.escape("plain text"));
    assertEquals(
        "a \\\"q\\\" \\t\\n\\r \\x00 \\x7f \\xc3\\xa9",
        LogLine.escape("a \"q\" \t\n\r \u0000 \u007f \u00e9"));
    assertEquals("it's", LogLine.escape("it's"));
    assertEquals("it\\'s \\\"x\\\"", LogLine.escape("it's \"x\""));
    assertEquals("back\\slash", LogLine.escape("back\\slash"));
  }
}
