package org.jcherry.tools.statics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Property: a {@code Range} header written from valid ranges ({@code first-last}, {@code first-}
 * and {@code -suffix}, with optional spaces) reads back to exactly those spans of the body, in
 * order.
 */
class ByteRangesPropertyTest {
  /** One range as written and the span it must give, for a body of a given length. */
  private record Written(String text, long start, long stop) {}

  @Property
  void validRangesReadBack(
      @ForAll @LongRange(min = 1, max = 1L << 40) long length,
      @ForAll("fractions") List<double[]> picks)
      throws Exception {
    List<String> texts = new ArrayList<>();
    List<ByteRanges.Span> expected = new ArrayList<>();
    for (double[] p : picks) {
      Written w = write(p, length);
      texts.add(w.text());
      expected.add(new ByteRanges.Span(w.start(), w.stop()));
    }
    assertEquals(expected, ByteRanges.parse("bytes=" + String.join(",", texts), length));
  }

  private static Written write(double[] p, long length) {
    long a = (long) (p[1] * (length - 1));
    long b = a + (long) (p[2] * (length - 1 - a));
    String pad = p[3] < 0.2 ? " " : "";
    switch ((int) (p[0] * 3)) {
      case 0:
        return new Written(pad + a + "-" + b + pad, a, b + 1);
      case 1:
        return new Written(pad + a + "-", a, length);
      default:
        long suffix = 1 + (long) (p[2] * length * 2);
        return new Written("-" + suffix + pad, Math.max(0, length - suffix), length);
    }
  }

  @Provide
  Arbitrary<List<double[]>> fractions() {
    Arbitrary<Double> f = Arbitraries.doubles().between(0, 0.99).ofScale(3);
    return Combinators.combine(f, f, f, f)
        .as((a, b, c, d) -> new double[] {a, b, c, d})
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }
}
