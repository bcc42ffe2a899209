package org.jcherry.dispatch;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.jcherry.HTTPError;

/**
 * Jazzer fuzzing of the request path's decoding and split ({@link PathSegments}). An input is a raw
 * path as it comes off the wire (one byte per char); the only refusal is a 400. A decoded path
 * splits into non-empty segments followed by {@code index}. Seeds: {@code
 * PathSegmentsFuzzTestInputs/}.
 */
class PathSegmentsFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void decodesOrRefusesWith400(byte[] input) {
    String decoded;
    try {
      decoded = PathSegments.decodePath(new String(input, ISO_8859_1));
    } catch (HTTPError e) {
      assertEquals(400, e.code());
      return;
    }
    List<String> segments = PathSegments.withIndex(decoded);
    assertEquals("index", segments.get(segments.size() - 1));
    for (String s : segments) {
      assertFalse(s.isEmpty());
    }
  }
}
