package org.jcherry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** The Python behaviour check.py relies on; every expected value was printed by Python 3.11. */
class PythonSemanticsTest {
  @Test
  void floatRepr() {
    double[] values = {
      1e16,
      1e15,
      0.0001,
      0.00001,
      1.5e-7,
      123456789.125,
      -2.5,
      1.0 / 3,
      5e-324,
      1.7976931348623157e308,
      100.0,
      0.1 + 0.2
    };
    List<String> python =
        List.of(
            "1e+16",
            "1000000000000000.0",
            "0.0001",
            "1e-05",
            "1.5e-07",
            "123456789.125",
            "-2.5",
            "0.3333333333333333",
            "5e-324",
            "1.7976931348623157e+308",
            "100.0",
            "0.30000000000000004");
    for (int i = 0; i < values.length; i++) {
      assertEquals(python.get(i), Py.floatRepr(values[i]));
    }
  }

  @Test
  void stringAndBytesRepr() {
    assertEquals("\"it's\"", Py.repr("it's"));
    assertEquals("'say \"hi\"'", Py.repr("say \"hi\""));
    assertEquals("'both \\' and \"'", Py.repr("both ' and \""));
    assertEquals(
        "'tab\\there\\x00\\x7f\\x85\u00e9\\u2028\ud83d\ude00'",
        Py.repr("tab\there\u0000\u007f\u0085\u00e9\u2028\ud83d\ude00"));
    assertEquals(
        "b'it\\'s \\x00\\xff\"x\"'",
        Py.repr("it's \u0000\u00ff\"x\"".getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void jsonEqualityIsPythons() throws IOException {
    assertTrue(
        Py.equal(
            CaseFile.parseJson("[1, true, 0, {\"a\": 2.0}]"),
            CaseFile.parseJson("[1.0, 1, false, {\"a\": 2}]")));
    assertFalse(Py.equal(CaseFile.parseJson("[1, 2]"), CaseFile.parseJson("[2, 1]")));
    assertFalse(Py.equal(CaseFile.parseJson("NaN"), CaseFile.parseJson("NaN")));
    assertFalse(Py.equal(CaseFile.parseJson("\"1\""), CaseFile.parseJson("1")));
    assertFalse(Py.equal(CaseFile.parseJson("null"), CaseFile.parseJson("0")));
    assertFalse(
        Py.equal(CaseFile.parseJson("9007199254740993"), CaseFile.parseJson("9007199254740992.0")));
    assertThrows(IOException.class, () -> CaseFile.parseJson("{\"a\": 1} x"));
  }

  @Test
  void pythonRegexesRunOnJavaRegex() {
    assertTrue(PyRegex.fullmatch("a{}", "a{}"));
    assertTrue(PyRegex.fullmatch("a{,2}", "aa"));
    assertTrue(PyRegex.fullmatch("a{1,2", "a{1,2"));
    assertTrue(PyRegex.fullmatch("[]a]", "]"));
    assertTrue(PyRegex.fullmatch("[a[b]", "["));
    assertTrue(PyRegex.fullmatch("[a&&b]+", "&&"));
    assertTrue(PyRegex.fullmatch("(?P<x_1>a)(?P=x_1)\\Z", "aa"));
    assertTrue(PyRegex.fullmatch("\\d+", "\u0663\u0664"), "\\d is Unicode for Python str patterns");
    assertTrue(PyRegex.fullmatch("a.b", "a\nb"), "re.S");
    assertFalse(PyRegex.fullmatch("a", "ab"), "a full match");
    assertTrue(
        PyRegex.fullmatch(
            PyRegex.escape("http://127.0.0.1:8080/a b-c"), "http://127.0.0.1:8080/a b-c"));
    assertThrows(PatternSyntaxException.class, () -> PyRegex.compile("(unclosed"));
  }

  @Test
  void simpleCookieParsing() {
    Map<String, Map<String, String>> a = CookieJar.load("a=\"x\\\"y\\012\"; Path=/; HttpOnly");
    assertEquals("x\"y\n", a.get("a").get(""));
    assertEquals("/", a.get("a").get("path"));
    assertEquals(List.of("d", "foo"), List.copyOf(CookieJar.load("d=4; foo=bar").keySet()));
    assertEquals(List.of("k", "w"), List.copyOf(CookieJar.load("k=v w=z").keySet()));
    assertTrue(CookieJar.load("$e=5").isEmpty());
    assertTrue(CookieJar.load("path=1").isEmpty());
    assertTrue(CookieJar.load("a=1; Secure; Path").isEmpty());
    assertNull(CookieJar.load("f/g=1"), "CookieError: Illegal key");
    assertNull(CookieJar.load("x=1; $Foo=2"), "CookieError: Invalid attribute");
    assertEquals("/p", CookieJar.load("x=1; $Path=/p").get("x").get("path"));
    Map<String, String> k =
        CookieJar.load("k=v; expires=Wed, 21 Oct 2015 07:28:00 GMT; path=/q").get("k");
    assertEquals("Wed, 21 Oct 2015 07:28:00 GMT", k.get("expires"));
    assertEquals("/q", k.get("path"));
  }

  @Test
  void httpDates() {
    HttpDate.Parsed rfc1123 = HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT");
    assertEquals("1994-11-06T08:49:37Z", rfc1123.instant().toString());
    assertEquals(
        "1994-11-06T08:49:37Z",
        HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT").instant().toString());
    assertTrue(HttpDate.parse("Sun Nov  6 08:49:37 1994").naive(), "asctime has no zone");
    assertEquals(
        "1994-11-06T08:49:37", HttpDate.parse("Sun Nov  6 08:49:37 1994").local.toString());
    assertEquals(
        ZoneOffset.ofHoursMinutes(1, 30), HttpDate.parse("06 Nov 1994 08:49 +0130").offset);
    assertTrue(HttpDate.parse("Sun, 06 Nov 1994 08:49:37 -0000").naive());
    assertEquals(
        "1969-11-06T13:49:37Z", HttpDate.parse("Sun, 06 Nov 69 08:49:37 EST").instant().toString());
    assertNull(HttpDate.parse("garbage"));
  }

  @Test
  void baseUrls() {
    BaseUrl b = BaseUrl.parse("http://LOCALHOST:8081/ignored");
    assertEquals("localhost:8081", b.hostport());
    assertEquals("http://localhost:8081", b.base());
    assertEquals(80, BaseUrl.parse("http://127.0.0.1").port());
    assertEquals("http://localhost:8081/x localhost:8081", b.expand("{base}/x {host}"));
    assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("https://127.0.0.1:1"));
    assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("http://127.0.0.1:x"));
  }
}
