package org.jcherry.tools.statics;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Jazzer fuzzing of the {@code Range} header reader ({@link ByteRanges}). An input is a header
 * value (one byte per char), read against bodies of several lengths; the only refusal is {@link
 * ByteRanges.Malformed}, and every span lies inside the body. Seeds: {@code
 * ByteRangesFuzzTestInputs/}.
 */
class ByteRangesFuzzTest {
  private static final long[] LENGTHS = {0, 1, 10, 1000, Long.MAX_VALUE / 2};

  @FuzzTest(maxDuration = "60s")
  void spansLieInsideTheBody(byte[] input) {
    String header = new String(input, ISO_8859_1);
    for (long length : LENGTHS) {
      List<ByteRanges.Span> spans;
      try {
        spans = ByteRanges.parse(header, length);
      } catch (ByteRanges.Malformed e) {
        continue;
      }
      if (spans == null) {
        continue;
      }
      for (ByteRanges.Span s : spans) {
        assertTrue(0 <= s.start() && s.start() <= s.stop() && s.stop() <= length, s::toString);
      }
    }
  }
}
