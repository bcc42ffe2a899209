package org.jcherry.samples.reqresp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request bodies: charsets, which methods have one, limits, raw access, 100-continue. */
class BodyTest {
  private static final Map<String, String> FORM =
      Map.of("Content-Type", "application/x-www-form-urlencoded");

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty().mount(new Probe(), "", Map.of()).global("environment", "production");

  @Test
  void textBodiesTryTheirCharsetThenUtf8ThenLatin1(TestClient client) {
    TestResponse utf8 =
        client.request(
            "POST", "/text", Map.of("Content-Type", "text/plain"), "caf\u00e9".getBytes(UTF_8));
    assertEquals("caf\u00e9\n[utf-8, ISO-8859-1]", utf8.body());
    TestResponse latin =
        client.request(
            "POST",
            "/text",
            Map.of("Content-Type", "text/plain"),
            "caf\u00e9".getBytes(ISO_8859_1));
    assertEquals("caf\u00e9\n[utf-8, ISO-8859-1]", latin.body());
    TestResponse declared =
        client.request(
            "POST",
            "/text",
            Map.of("Content-Type", "text/plain; charset=utf-16"),
            "hi".getBytes(java.nio.charset.StandardCharsets.UTF_16));
    assertEquals("hi\n[utf-16, utf-8, ISO-8859-1]", declared.body());
  }

  @Test
  void anUndecodableBodyIsA400NamingTheCharsets(TestClient client) {
    TestResponse r =
        client.request(
            "POST",
            "/text",
            Map.of("Content-Type", "application/foo"),
            "caf\u00e9".getBytes(ISO_8859_1));
    assertEquals(400, r.status());
    assertTrue(r.body().contains("The following charsets were attempted: ['utf-8']</p>"), r.body());
    TestResponse form = client.request("POST", "/latinform", FORM, "a=caf%E9".getBytes(ISO_8859_1));
    assertEquals("a=caf\u00e9", form.body());
    TestResponse strict =
        client.request("POST", "/anymethod", FORM, "a=caf%E9".getBytes(ISO_8859_1));
    assertEquals(400, strict.status());
  }

  @Test
  void onlyMethodsWithBodiesHaveTheirBodiesRead(TestClient client) {
    byte[] body = "a=1".getBytes(UTF_8);
    assertEquals("params={a=[1]}", client.request("DELETE", "/deletable", FORM, body).body());
    assertEquals("params={}", client.request("DELETE", "/anymethod", FORM, body).body());
    assertEquals("params={a=[1]}", client.request("PUT", "/anymethod", FORM, body).body());
  }

  @Test
  void aBodyMethodWithoutALengthIsA411(TestClient client) {
    TestResponse r = client.raw("POST /anymethod HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    assertEquals(411, r.status());
  }

  @Test
  void chunkedBodiesAreRead(TestClient client) {
    TestResponse r =
        client.raw(
            "POST /anymethod HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\na=1\r\n4\r\n&b=2\r\n0\r\n\r\n");
    assertEquals("params={a=[1], b=[2]}", r.body());
  }

  @Test
  void bodiesOverRequestBodyMaxbytesAre413Pages(TestClient client) {
    assertEquals(
        "read 10",
        client
            .request("POST", "/capped", Map.of("Content-Type", "text/plain"), new byte[10])
            .body());
    TestResponse r =
        client.request("POST", "/capped", Map.of("Content-Type", "text/plain"), new byte[11]);
    assertEquals(413, r.status());
    assertEquals("Request Entity Too Large", r.reason());
    assertTrue(r.body().contains("<h2>413 Request Entity Too Large</h2>"), r.body());
  }

  @Test
  void anUnprocessedBodyIsReadFromRfileOnly(TestClient client) {
    byte[] body = "0123456789".getBytes(UTF_8);
    assertEquals(
        "read 10",
        client.request("POST", "/unprocessed", Map.of("Content-Type", "text/plain"), body).body());
    TestResponse r =
        client.request(
            "POST", "/unprocessed?viaBody=true", Map.of("Content-Type", "text/plain"), body);
    assertEquals(500, r.status());
  }

  @Test
  void expectContinueGetsA100BeforeTheBodyIsSent() throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /text HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                  + "Expect: 100-continue\r\nConnection: close\r\n\r\n")
              .getBytes(ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] interim = in.readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
      assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, ISO_8859_1));
      out.write("hi".getBytes(ISO_8859_1));
      out.flush();
      String rest = new String(in.readAllBytes(), ISO_8859_1);
      assertTrue(rest.startsWith("HTTP/1.1 200 OK\r\n"), rest);
      assertTrue(rest.endsWith("\r\n\r\nhi\n[utf-8, ISO-8859-1]"), rest);
    }
  }
}
