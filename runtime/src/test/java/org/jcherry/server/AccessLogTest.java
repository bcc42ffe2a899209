package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code log.access_file} and {@code log.error_file}: CherryPy's line formats, checked in the
 * files.
 */
class AccessLogTest {
  private static final Pattern TIME =
      Pattern.compile("\\[\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d\\]");

  @TempDir static Path dir;
  static CherryServer server;
  static TestClient client;

  @BeforeAll
  static void start() {
    server =
        CherryServer.empty()
            .mount(new Shop(), "/shop", Map.of())
            .global("log.access_file", dir.resolve("access.log").toString())
            .global("log.error_file", dir.resolve("error.log").toString())
            .start();
    client = server.client();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /**
   * The access lines, with the time replaced by {@code [T]}, once they satisfy {@code wanted}: a
   * line is written after its response, so it may land just after the client has read the answer.
   */
  private static List<String> accessLinesOnce(Predicate<List<String>> wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      List<String> lines =
          Files.readAllLines(dir.resolve("access.log"), StandardCharsets.UTF_8).stream()
              .map(l -> TIME.matcher(l).replaceFirst("[T]"))
              .toList();
      if (wanted.test(lines) || System.nanoTime() > deadline) {
        return lines;
      }
      Thread.sleep(10);
    }
  }

  @Test
  void writesOneLinePerRequestInCherryPysFormat() throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Referer", "http://r/");
    // Header bytes arrive as Latin-1 and are escaped as UTF-8, as CherryPy does: é sent as UTF-8
    // shows as four escapes.
    headers.put("User-Agent", "UA \"quoted\"\tx \u00e9");
    client.request("GET", "/shop/item/5?color=red", headers, null);
    client.get("/shop/nothing");
    client.get("/unmounted");
    String ok =
        "127.0.0.1 - - [T] \"GET /shop/item/5?color=red HTTP/1.1\" 200 10 \"http://r/\""
            + " \"UA \\\"quoted\\\"\\tx \\xc3\\x83\\xc2\\xa9\"";
    List<String> lines =
        accessLinesOnce(
            ls ->
                ls.stream()
                        .filter(
                            l ->
                                l.contains("/unmounted")
                                    || l.contains("/shop/nothing")
                                    || l.contains("/shop/item/5"))
                        .count()
                    == 3);
    assertTrue(lines.contains(ok), lines.toString());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("127.0.0.1 - - [T] \"GET /shop/nothing HTTP/1.1\" 404 ")),
        lines.toString());
    // An unmounted path answers without a Content-Length: {b} is "-".
    assertTrue(
        lines.contains("127.0.0.1 - - [T] \"GET /unmounted HTTP/1.1\" 404 - \"\" \"\""),
        lines.toString());
  }

  @Test
  void escapesTheRequestLine() throws Exception {
    client.raw(
        "GET /shop/item/6?q=%22a%22&b=\"x\" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String line = "\"GET /shop/item/6?q=%22a%22&b=\\\"x\\\" HTTP/1.1\"";
    List<String> lines = accessLinesOnce(ls -> ls.stream().anyMatch(l -> l.contains(line)));
    assertTrue(lines.stream().anyMatch(l -> l.contains(line)), lines.toString());
  }

  @Test
  void errorsGoToTheErrorFileWithTheirTraceback() throws Exception {
    assertEquals(500, client.get("/shop/boom").status());
    String log = Files.readString(dir.resolve("error.log"), StandardCharsets.UTF_8);
    assertTrue(TIME.matcher(log).find(), log);
    assertTrue(log.contains("] HTTP GET /shop/boom HTTP/1.1 failed\n"), log);
    assertTrue(log.contains("kaboom") && log.contains("\tat org.jcherry.fixture.Shop.boom("), log);
    assertTrue(log.contains("] ENGINE Bus STARTED"), log);
  }
}
