package org.jcherry.samples.reqresp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a handler sees of the request: its attributes, headers and cookies, over a socket. */
class RequestTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty().mount(new Probe(), "/app", Map.of()).global("environment", "production");

  @Test
  void attributes(TestClient client) {
    TestResponse r = client.get("/app/attrs/one/two?x=1&x=2&y=%C3%A9");
    assertEquals(200, r.status(), r.toString());
    assertEquals(
        "method=GET\nscript_name=/app\npath_info=/attrs/one/two\nquery_string=x=1&x=2&y=%C3%A9\n"
            + "protocol=HTTP/1.1\nscheme=http\nbase=http://"
            + client.authority()
            + "\nremote=127.0.0.1\n"
            + "local_port="
            + server.port()
            + "\nparams={x=[1, 2], y=[\u00e9]}\nargs=[one, two]\nlogin=null\n",
        r.body());
  }

  @Test
  void http10RequestsKeepTheirProtocol(TestClient client) {
    TestResponse r = client.raw("GET /app/attrs HTTP/1.0\r\n\r\n");
    assertEquals("HTTP/1.1", r.version());
    assertTrue(r.body().contains("protocol=HTTP/1.0\n"), r.body());
  }

  @Test
  void headersAreCaseInsensitiveAndKeepRepeatedValues(TestClient client) {
    // get() is CherryPy's view: the last value, or a list header's values joined.
    TestResponse r =
        client.raw(
            "GET /app/header?name=x-multi HTTP/1.1\r\nHost: h\r\nX-MULTI: a\r\nx-multi: b\r\n"
                + "Accept: text/plain;q=0.5, text/html, */*;q=0.1\r\nConnection: close\r\n\r\n");
    assertEquals("a|b\nb\ntext/html;q=1.0,text/plain;q=0.5,*/*;q=0.1", r.body());
  }

  @Test
  void repeatedListHeadersReadAsOneList(TestClient client) {
    TestResponse r =
        client.raw(
            "GET /app/header?name=Accept HTTP/1.1\r\nHost: h\r\nAccept: text/plain;q=0.5\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
    assertEquals(
        "text/plain;q=0.5|text/html\ntext/plain;q=0.5, text/html\ntext/html;q=1.0,text/plain;q=0.5",
        r.body());
  }

  @Test
  void encodedWordHeadersAreDecoded(TestClient client) {
    TestResponse r =
        client.request(
            "GET", "/app/header?name=X-Word", Map.of("X-Word", "=?utf-8?b?Y2Fmw6k=?="), null);
    assertEquals("caf\u00e9\ncaf\u00e9\n", r.body());
    TestResponse mixed =
        client.request(
            "GET", "/app/header?name=X-Word", Map.of("X-Word", "a =?bogus?b?eA==?="), null);
    assertEquals("a =?bogus?b?eA==?=\na =?bogus?b?eA==?=\n", mixed.body());
  }

  @Test
  void cookiesAreParsedFromEveryCookieHeader(TestClient client) {
    TestResponse r =
        client.raw(
            "GET /app/cookies HTTP/1.1\r\nHost: h\r\nCookie: b=2; a=\"x\\\"y\"; $Path=/\r\nCookie: c=3\r\n"
                + "Connection: close\r\n\r\n");
    assertEquals("a=x\"y;b=2;c=3", r.body());
  }

  @Test
  void aCookieHeaderThatDoesNotParseIsIgnored(TestClient client) {
    assertEquals(
        "", client.request("GET", "/app/cookies", Map.of("Cookie", "a=1; b"), null).body());
    assertEquals("", client.request("GET", "/app/cookies", Map.of("Cookie", "a=x y"), null).body());
  }

  @Test
  void anIllegalCookieNameIsA400(TestClient client) {
    TestResponse r = client.request("GET", "/app/cookies", Map.of("Cookie", "a@b=1"), null);
    assertEquals(400, r.status());
    assertTrue(r.body().contains("<p>Illegal key 'a@b'</p>"), r.body());
    TestResponse attr =
        client.request("GET", "/app/cookies", Map.of("Cookie", "a=1; $Foo=2"), null);
    assertEquals(400, attr.status());
    assertTrue(attr.body().contains("<p>Invalid attribute 'foo'</p>"), attr.body());
  }
}
