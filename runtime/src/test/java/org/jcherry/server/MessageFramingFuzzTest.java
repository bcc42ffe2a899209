package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzing of {@link MessageFraming}, the request-line, header and chunk validation under
 * every connection. In {@code mvn verify} it replays its seed corpus ({@code
 * MessageFramingFuzzTestInputs/} in the test resources) and every input kept from earlier runs;
 * {@code JAZZER_FUZZ=1 mvn test -pl runtime -Dtest=MessageFramingFuzzTest} fuzzes for real, for
 * {@code maxDuration}. Checked on every input: nothing thrown, never more bytes taken than given, a
 * cut inside what was read, and the same verdict whether the bytes come in one read or byte by byte
 * (TCP may split a request anywhere).
 */
class MessageFramingFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void framingIsTotalAndSplitIndependent(byte[] input) {
    assertEquals(verdict(input, input.length), verdict(input, 1));
  }

  private static String verdict(byte[] input, int step) {
    MessageFraming f = new MessageFraming();
    for (int off = 0; off < input.length; off += step) {
      int n = Math.min(step, input.length - off);
      int took = f.scan(input, off, n);
      assertTrue(took >= 0 && took <= n);
      if (f.failure() != null) {
        assertTrue(f.cut() >= 0 && f.cut() <= off + took);
        return f.failure() + "@" + f.cut();
      }
    }
    return "ok " + f.betweenMessages();
  }
}
