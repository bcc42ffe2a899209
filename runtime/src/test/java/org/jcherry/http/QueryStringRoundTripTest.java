package org.jcherry.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: a query string built from names and values ({@code url(qs=map)}, Python's {@code
 * urlencode}) reads back, by the query-string and form-body readers, to the same names and values
 * in the same order, whatever characters they hold.
 */
class QueryStringRoundTripTest {
  @Property
  void urlencodeThenParseIsIdentity(@ForAll("queries") Map<String, List<String>> query) {
    String qs = UrlBuilder.query(query);
    String text = qs.isEmpty() ? "" : qs.substring(1);
    for (boolean body : new boolean[] {false, true}) {
      Params params = new Params();
      if (body) {
        QueryStrings.parseBody(text, UTF_8, params);
      } else {
        QueryStrings.parse(text, UTF_8, params);
      }
      Map<String, List<String>> read = new LinkedHashMap<>();
      for (String name : params.names()) {
        read.put(name, params.getAll(name));
      }
      assertEquals(query, read, text);
    }
  }

  @Provide
  Arbitrary<Map<String, List<String>>> queries() {
    Arbitrary<String> text = RoundTripText.text();
    return Arbitraries.maps(text, text.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(6);
  }
}
