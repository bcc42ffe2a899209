package org.jcherry.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jcherry.HTTPError;

/**
 * Jazzer fuzzing of the {@code Cookie} header reader ({@link CookieSyntax#parse}, through {@link
 * Cookies#of}). An input is one header value, as Undertow hands it over (one byte per char); the
 * only refusal is CherryPy's 400 for an illegal name or attribute. Every cookie read writes a
 * {@code Set-Cookie} line that reads back to the same value. Seeds: {@code CookiesFuzzTestInputs/}.
 */
class CookiesFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsOrRefusesWith400(byte[] input) {
    HeaderMap headers = new HeaderMap().add("Cookie", new String(input, ISO_8859_1));
    Cookies cookies;
    try {
      cookies = Cookies.of(headers);
    } catch (HTTPError e) {
      assertEquals(400, e.code());
      return;
    }
    for (Cookie c : cookies) {
      String line = c.name() + "=" + CookieSyntax.quote(c.value());
      assertEquals(c.value(), Cookies.of(new HeaderMap().add("Cookie", line)).value(c.name()));
    }
  }
}
