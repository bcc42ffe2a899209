package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strict HTTP/1.1 framing (RFC 9112) over a real socket: every malformed or smuggling-shaped
 * message gets one answer with {@code Connection: close} and the connection ends; nothing after it
 * is ever answered; pipelined good requests before it are answered first, in order.
 */
class StrictFramingTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty().mount(new Shop(), "/shop", Map.of()).global("server.socket_timeout", 5);

  private static final String GOOD = "GET /shop/ HTTP/1.1\r\nHost: x\r\n\r\n";

  /** The status lines of every answer the server sent before it closed. */
  private static List<String> statuses(String request) throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(request);
      String got = c.readUntilClosed();
      List<String> out = new ArrayList<>();
      Matcher m = Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(got);
      while (m.find()) {
        out.add(m.group(1));
      }
      if (!out.isEmpty() && !out.get(out.size() - 1).equals("200")) {
        assertTrue(got.contains("Connection: close"), got);
      }
      return out;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP/0.9 simple request | GET /shop/\\r\\n\\r\\n | 400",
        "HTTP/0.9 | GET /shop/ HTTP/0.9\\r\\nHost: x\\r\\n\\r\\n | 505",
        "HTTP/3.0 | GET /shop/ HTTP/3.0\\r\\nHost: x\\r\\n\\r\\n | 505",
        "HTTP/1.2 | GET /shop/ HTTP/1.2\\r\\nHost: x\\r\\n\\r\\n | 505",
        "bad version | GET /shop/ HTTX/1.1\\r\\nHost: x\\r\\n\\r\\n | 400",
        "CONNECT | CONNECT x:443 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 501",
        "0x01 in target | GET /shop/\\x01 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 400",
        "DEL in target | GET /shop/\\x7f HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 400",
        "TAB in target | GET /shop/a\\tb HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 400",
        "bare CR in target | GET /shop/a\\rb HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 400",
        "control byte in a value | GET /shop/ HTTP/1.1\\r\\nHost: x\\r\\nX: a\\x01b\\r\\n\\r\\n | 400",
        "obs-fold | GET /shop/ HTTP/1.1\\r\\nHost: x\\r\\nX: a\\r\\n b\\r\\n\\r\\n | 400",
        "space before colon | GET /shop/ HTTP/1.1\\r\\nHost: x\\r\\nX : a\\r\\n\\r\\n | 400",
        "chunked not last | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked, gzip\\r\\n\\r\\n5\\r\\nhello\\r\\n0\\r\\n\\r\\n{GOOD} | 400",
        "unknown coding | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: foo\\r\\n\\r\\nhello | 400",
        "coding before chunked | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: gzip, chunked\\r\\n\\r\\n0\\r\\n\\r\\n | 501",
        "TE and CL | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\nContent-Length: 3\\r\\n\\r\\n0\\r\\n\\r\\n{GOOD} | 400",
        "TE in HTTP/1.0 | POST /shop/ HTTP/1.0\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n | 400",
        "conflicting lengths | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 3\\r\\nContent-Length: 5\\r\\n\\r\\nhello | 400",
        "signed length | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: +3\\r\\n\\r\\nabc | 400",
        "chunk longer than its size | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n3\\r\\nhello\\r\\n0\\r\\n\\r\\n{GOOD} | 400",
        "chunk not ended by CRLF | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n5\\r\\nhelloXX | 400",
        "bad chunk size | POST /shop/ HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\nhello\\r\\n0\\r\\n\\r\\n | 400",
      })
  void aFaultyMessageGetsOneAnswerAndTheConnectionCloses(String name, String request, String status)
      throws IOException {
    assertEquals(List.of(status), statuses(unescape(request)), name);
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrderAndAFaultyOneEndsTheConnectionAfterThem()
      throws IOException {
    assertEquals(
        List.of("200", "200", "400"), statuses(GOOD + GOOD + "GARBAGE\u0001\r\n\r\n" + GOOD));
  }

  /**
   * A body fault in a request pipelined behind another, in the same packet: the first is answered,
   * and the connection closes with nothing more (whether the second's answer has begun cannot be
   * told apart from the first's, so it gets no 400: never a second or a mixed answer).
   */
  @Test
  void aFaultyBodyPipelinedAfterAGoodRequestEndsTheConnectionAfterItsAnswer() throws IOException {
    assertEquals(
        List.of("200"),
        statuses(
            GOOD
                + "POST /shop/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3\r\nhello\r\n0\r\n\r\n"
                + GOOD));
  }

  @Test
  void aBodyCutShortByAHalfCloseIs400NotA500() throws IOException {
    try (RawConnection c = RawConnection.open(server.port())) {
      c.send(
          "POST /shop/item/1 HTTP/1.1\r\nHost: x\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\ncolor=re");
      c.socket().shutdownOutput();
      String got = c.readUntilClosed();
      assertTrue(got.startsWith("HTTP/1.1 400 "), got);
    }
  }

  @Test
  void goodRequestsStillKeepTheConnection() throws IOException {
    assertEquals(
        List.of("200", "200"),
        statuses(
            "GET /shop/item/1?color=a%20b HTTP/1.1\r\nHost: x\r\nX-Utf8: caf\u00e9\r\n\r\n"
                + "POST /shop/item/2 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n"
                + "a;ext=1\r\ncolor=blue\r\n0\r\nX-Trailer: t\r\n\r\n"));
  }

  private static String unescape(String s) {
    return s.replace("{GOOD}", GOOD)
        .replace("\\r", "\r")
        .replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\x01", "\u0001")
        .replace("\\x7f", "\u007f");
  }
}
