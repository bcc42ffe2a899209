package org.jcherry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases run over real sockets against a canned server: reading answers, steps and cookie jars. */
class CaseRunnerTest {
  private static final Map<String, String> ANSWERS =
      Map.ofEntries(
          Map.entry(
              "/chunked",
              "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0x6\r\n world\r\n0\r\nX-T: 1\r\n\r\n"),
          Map.entry(
              "/chunked-cut",
              "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n10\r\nabc"),
          Map.entry(
              "/close",
              "HTTP/1.0 200 Fine thanks  \r\nX-A: 1\r\nX-Fold: a\r\n  b\r\nx-a: 2\r\n\r\nbody until close"),
          Map.entry("/short", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"),
          Map.entry(
              "/continue",
              "HTTP/1.1 100 Continue\r\nX-Skip: 1\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok"),
          Map.entry("/head", "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n"),
          Map.entry("/bad", "FOO 200 OK\r\n\r\n"),
          Map.entry(
              "/login",
              "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nSet-Cookie: sid=abc; Path=/\r\nSet-Cookie: alt=\"x\\\"y\"; Path=/alt\r\n"
                  + "Set-Cookie: gone=1; Max-Age=0\r\n\r\n"),
          Map.entry(
              "/logout",
              "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nSet-Cookie: sid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/\r\n\r\n"),
          Map.entry("/x", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"),
          Map.entry("/alt/x", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"));

  private static CannedServer server() throws IOException {
    return new CannedServer(
        path ->
            path.equals("/none")
                ? null
                : CannedServer.bytes(
                    ANSWERS.getOrDefault(
                        path.split("\\?")[0],
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")));
  }

  private static Observed get(CannedServer s, String method, String path) throws IOException {
    CaseRunner runner = new CaseRunner(s.base());
    return runner.send(
        WireRequest.build(
            CaseFile.parseJson("{\"method\": \"" + method + "\", \"path\": \"" + path + "\"}"),
            runner.base(),
            null));
  }

  private static CaseFile.Case oneCase(String json) throws IOException {
    return CaseFile.parse("{\"cases\": [" + json + "]}", "test").cases().get(0);
  }

  @Test
  void readsChunkedBodiesAndDropsTrailers() throws IOException {
    try (CannedServer s = server()) {
      Observed o = get(s, "GET", "/chunked");
      assertEquals(200, o.status());
      assertEquals("hello world", new String(o.body(), "UTF-8"));
      assertEquals(List.of(), o.getAll("X-T"));
      assertEquals(null, o.error());
      Observed cut = get(s, "GET", "/chunked-cut");
      assertEquals("hello", new String(cut.body(), "UTF-8"));
      assertEquals("IncompleteRead after 5 bytes", cut.error());
    }
  }

  @Test
  void readsCloseDelimitedBodiesAndPythonHeaderFolding() throws IOException {
    try (CannedServer s = server()) {
      Observed o = get(s, "GET", "/close");
      assertEquals("HTTP/1.0", o.version());
      assertEquals("Fine thanks", o.reason());
      assertEquals(List.of("1", "2"), o.getAll("X-A"));
      assertEquals(List.of("a\r\n  b"), o.getAll("x-fold"));
      assertEquals("body until close", new String(o.body(), "UTF-8"));
    }
  }

  @Test
  void shortBodiesInterimAnswersHeadAndNoAnswer() throws IOException {
    try (CannedServer s = server()) {
      Observed shortBody = get(s, "GET", "/short");
      assertEquals("abc", new String(shortBody.body(), "UTF-8"));
      Observed cont = get(s, "POST", "/continue");
      assertEquals(201, cont.status());
      assertEquals(List.of(), cont.getAll("X-Skip"));
      assertEquals("ok", new String(cont.body(), "UTF-8"));
      Observed head = get(s, "HEAD", "/head");
      assertEquals(0, head.body().length);
      assertEquals(null, head.error());
      Observed none = get(s, "GET", "/none");
      assertEquals(null, none.status());
      assertEquals(
          "RemoteDisconnected: Remote end closed connection without response", none.error());
      Observed bad = get(s, "GET", "/bad");
      assertEquals(null, bad.status());
      assertEquals("BadStatusLine: FOO 200 OK\r\n", bad.error());
    }
  }

  @Test
  void multiStepCasesKeepOneCookieJarPerClient() throws IOException {
    CaseFile.Case c =
        oneCase(
            "{\"id\": \"jar\", \"cookies\": true, \"steps\": ["
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/login\"}, \"expect\": {\"status\": 200}},"
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/x?q=1\"}, \"expect\": {\"body\": \"x\"}},"
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/alt/x\"}, \"expect\": {\"body\": \"x\"}},"
                + "{\"client\": \"b\", \"request\": {\"method\": \"GET\", \"path\": \"/x\"}, \"expect\": {\"body\": \"x\"}},"
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/logout\"}, \"expect\": {\"status\": 200}},"
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/alt/x\"}, \"expect\": {\"body\": \"x\"}}]}");
    try (CannedServer s = server()) {
      assertEquals(List.of(), new CaseRunner(s.base()).run(c));
      List<String> sent = s.requests();
      assertEquals(6, sent.size());
      assertTrue(!sent.get(0).contains("Cookie:"), sent.get(0));
      assertTrue(sent.get(1).contains("\r\nCookie: sid=abc\r\n"), sent.get(1));
      assertTrue(sent.get(2).contains("\r\nCookie: alt=x\"y; sid=abc\r\n"), sent.get(2));
      assertTrue(!sent.get(3).contains("Cookie:"), "client b has its own jar: " + sent.get(3));
      assertTrue(sent.get(5).contains("\r\nCookie: alt=x\"y\r\n"), "sid expired: " + sent.get(5));
    }
  }

  @Test
  void cookiesAreNotSentUnlessTheCaseKeepsThem() throws IOException {
    CaseFile.Case c =
        oneCase(
            "{\"id\": \"nojar\", \"steps\": ["
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/login\"}, \"expect\": {\"status\": 200}},"
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/x\"}, \"expect\": {\"status\": 200}}]}");
    try (CannedServer s = server()) {
      assertEquals(List.of(), new CaseRunner(s.base()).run(c));
      assertTrue(!s.requests().get(1).contains("Cookie:"), s.requests().get(1));
    }
  }

  @Test
  void theFirstFailingStepEndsTheCaseAndNamesItself() throws IOException {
    CaseFile.Case c =
        oneCase(
            "{\"id\": \"steps\", \"steps\": ["
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/x\"}, \"expect\": {\"status\": 200}},"
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/missing\"}, \"expect\": {\"status\": 200, \"reason\": \"OK\"}},"
                + "{\"request\": {\"method\": \"GET\", \"path\": \"/x\"}, \"expect\": {\"status\": 200}}]}");
    try (CannedServer s = server()) {
      assertEquals(
          List.of(
              "step 2: status 404 != expected 200", "step 2: reason 'Not Found' != expected 'OK'"),
          new CaseRunner(s.base()).run(c));
      assertEquals(2, s.requests().size());
    }
  }

  @Test
  void aServerThatIsNotThereIsAConnectionError() throws IOException {
    // A bound socket that does not listen holds the port: connecting to it is refused.
    try (Socket holder = new Socket()) {
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      String base = "http://127.0.0.1:" + holder.getLocalPort();
      List<String> diffs =
          new CaseRunner(base)
              .run(oneCase("{\"id\": \"down\", \"request\": {\"path\": \"/\"}, \"expect\": {}}"));
      assertEquals(1, diffs.size());
      assertTrue(diffs.get(0).startsWith("connection error: "), diffs.get(0));
    }
  }
}
