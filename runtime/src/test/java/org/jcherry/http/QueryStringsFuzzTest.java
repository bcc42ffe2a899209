package org.jcherry.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jcherry.HTTPError;

/**
 * Jazzer fuzzing of {@link QueryStrings}: query strings ({@code parseInto}, a 404 when they do not
 * decode, as CherryPy) and urlencoded bodies ({@code parse}, {@code parseBody}, an {@link
 * IllegalArgumentException}). An input is the raw text as it comes off the wire (one byte per
 * char); each is read in UTF-8, ISO-8859-1 and UTF-16. Seeds: {@code QueryStringsFuzzTestInputs/}.
 */
class QueryStringsFuzzTest {
  private static final List<Charset> CHARSETS =
      List.of(StandardCharsets.UTF_8, ISO_8859_1, StandardCharsets.UTF_16);

  @FuzzTest(maxDuration = "60s")
  void parsesOrRefuses(byte[] input) {
    String text = new String(input, ISO_8859_1);
    for (Charset cs : CHARSETS) {
      Params query = new Params();
      try {
        QueryStrings.parseInto(text, cs.name(), cs, query);
      } catch (HTTPError e) {
        assertEquals(404, e.code());
      }
      for (boolean body : new boolean[] {false, true}) {
        Params form = new Params();
        try {
          if (body) {
            QueryStrings.parseBody(text, cs, form);
          } else {
            QueryStrings.parse(text, cs, form);
          }
        } catch (IllegalArgumentException e) {
          assertEquals(IllegalArgumentException.class, e.getClass(), e::toString);
        }
      }
    }
  }
}
