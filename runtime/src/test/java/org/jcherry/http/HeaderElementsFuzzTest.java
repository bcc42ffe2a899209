package org.jcherry.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Jazzer fuzzing of the list-valued header readers: {@link HeaderElements} (elements, parameters
 * and q-values of {@code Accept}, {@code Accept-Encoding}, {@code Accept-Charset}, {@code TE} and
 * other headers, sorted as CherryPy sorts them) and {@link HeaderText#decode} (RFC 2047 words in
 * any request header). Neither may throw: a header they cannot read is taken as it is. An input is
 * one header value (one byte per char). Seeds: {@code HeaderElementsFuzzTestInputs/}.
 */
class HeaderElementsFuzzTest {
  private static final List<String> NAMES =
      List.of("Accept", "Accept-Encoding", "Accept-Charset", "TE", "Vary", "If-None-Match");

  @FuzzTest(maxDuration = "60s")
  void readsEveryHeader(byte[] input) {
    String value = new String(input, ISO_8859_1);
    HeaderMap headers = new HeaderMap();
    for (String name : NAMES) {
      headers.add(name, value);
    }
    for (String name : NAMES) {
      for (HeaderElements.Element e : HeaderElements.of(headers, name)) {
        assertFalse(e.value().isEmpty());
        assertFalse(e.params().containsKey("q"));
      }
    }
    List<HeaderElements.Element> accept = HeaderElements.of(headers, "Accept");
    for (int i = 1; i < accept.size(); i++) {
      assertTrue(
          Double.compare(accept.get(i - 1).q(), accept.get(i).q()) >= 0, "sorted by quality");
    }
    HeaderText.decode(value);
  }
}
