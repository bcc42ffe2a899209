package org.jcherry.dispatch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: percent-encoded path segments (any characters, slashes among them, escapes in either
 * case) decode and split back to the same segments, as the dispatcher walks them.
 */
class PathRoundTripTest {
  @Property
  void percentEncodedSegmentsSplitBack(
      @ForAll("segments") List<String> segments, @ForAll boolean lowerHex) {
    StringBuilder raw = new StringBuilder();
    for (String s : segments) {
      raw.append('/').append(encode(s, lowerHex));
    }
    List<String> expected = new ArrayList<>(segments);
    expected.add("index");
    assertEquals(expected, PathSegments.withIndex(PathSegments.decodePath(raw.toString())));
  }

  @Provide
  Arbitrary<List<String>> segments() {
    return Arbitraries.strings()
        .withCharRange('\u0001', '\u00ff')
        .withCharRange('\u0100', '\ud7ff')
        .withChars("/%")
        .ofMinLength(1)
        .ofMaxLength(8)
        .list()
        .ofMaxSize(5);
  }

  /**
   * Every UTF-8 byte of {@code s} but letters and digits as an escape, so {@code /} is {@code %2F}.
   */
  private static String encode(String s, boolean lowerHex) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        sb.append((char) c);
      } else {
        String hex = String.format("%%%02X", c);
        sb.append(lowerHex ? hex.toLowerCase(java.util.Locale.ROOT) : hex);
      }
    }
    return sb.toString();
  }
}
