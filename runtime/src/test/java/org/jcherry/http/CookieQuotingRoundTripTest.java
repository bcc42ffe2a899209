package org.jcherry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: a cookie value written into a {@code Set-Cookie} line (quoted and escaped when it is
 * not a token) comes back unchanged when the client returns it in a {@code Cookie} header, for
 * every Latin-1 value (what a header can carry).
 */
class CookieQuotingRoundTripTest {
  @Property
  void quotedValueReadsBack(@ForAll("names") String name, @ForAll("values") String value) {
    String setCookie = new Cookie(name, value).headerValue();
    assertEquals(value, CookieSyntax.unquote(CookieSyntax.quote(value)));
    Cookies read = Cookies.of(new HeaderMap().add("Cookie", setCookie + "; other=1"));
    assertEquals(value, read.value(name), setCookie);
    assertEquals("1", read.value("other"), setCookie);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("!#%&'*+-.^_`|~")
        .ofMinLength(1)
        .ofMaxLength(10)
        // Not an attribute name (Path, Secure...), which the reader takes as the cookie's
        // attribute.
        .filter(n -> !n.equals("other") && isCookieName(n));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20);
  }

  private static boolean isCookieName(String n) {
    return Cookies.of(new HeaderMap().add("Cookie", n + "=1")).contains(n);
  }
}
