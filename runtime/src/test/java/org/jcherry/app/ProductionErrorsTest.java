package org.jcherry.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In production, an error raised before dispatch has found a handler shows no traceback either. */
class ProductionErrorsTest {
  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty().mount(new Shop(), "/shop", Map.of()).global("environment", "production");

  @Test
  void aMalformedCookieHeaderIsA400WithoutTraceback() throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          "GET /shop/ HTTP/1.1\r\nHost: x\r\nCookie: a,b=c\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
      assertTrue(answer.contains("Illegal key"), answer);
      assertFalse(answer.contains("Traceback"), answer);
      assertFalse(answer.contains("at org.jcherry."), answer);
    }
  }
}
