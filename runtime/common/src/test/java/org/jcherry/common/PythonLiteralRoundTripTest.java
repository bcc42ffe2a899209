package org.jcherry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: a config value printed as Python prints it ({@code repr}: strings with escapes, ints,
 * floats, {@code True}/{@code False}/{@code None}, lists, tuples and dicts nested) reads back with
 * {@link PythonLiteral} to the same value.
 */
class PythonLiteralRoundTripTest {
  @Property
  void reprThenParseIsIdentity(@ForAll("values") Object value) {
    String text = repr(value);
    assertEquals(value, PythonLiteral.parse(text), text);
    assertEquals(value, PythonLiteral.parse("  " + text + "\t"), text);
  }

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.recursive(
        PythonLiteralRoundTripTest::scalars,
        inner ->
            Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s), inner)
                    .ofMaxSize(3)
                    .map(m -> (Object) new LinkedHashMap<>(m))),
        0,
        3);
  }

  private static Arbitrary<Object> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.longs().greaterOrEqual(Long.MIN_VALUE + 1).map(l -> (Object) l),
        Arbitraries.doubles().between(-1e300, 1e300).map(d -> (Object) d),
        Arbitraries.strings()
            .withCharRange('\u0000', '\ud7ff')
            .ofMaxLength(10)
            .map(s -> (Object) s),
        Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
        Arbitraries.just(null));
  }

  /** Python's {@code repr} of a config value; lists print as a list or, at random, a tuple. */
  private static String repr(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? "True" : "False";
    }
    if (v instanceof Long || v instanceof Double) {
      return v.toString();
    }
    if (v instanceof String) {
      return string((String) v);
    }
    if (v instanceof List) {
      List<String> items = new ArrayList<>();
      for (Object o : (List<?>) v) {
        items.add(repr(o));
      }
      boolean tuple = items.size() % 2 == 1;
      return tuple
          ? "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")")
          : "[" + String.join(", ", items) + "]";
    }
    List<String> items = new ArrayList<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
      items.add(repr(e.getKey()) + ": " + repr(e.getValue()));
    }
    return "{" + String.join(", ", items) + "}";
  }

  private static String string(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(quote);
    for (char c : s.toCharArray()) {
      if (c == quote || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append(quote).toString();
  }
}
