package org.jcherry.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzing of {@link PythonLiteral}, which reads every {@code @CpConfig} entry at compile
 * time and every config-file value at start. An input is one value's text (UTF-8); the only refusal
 * is an {@link IllegalArgumentException} (not a subclass such as {@link NumberFormatException},
 * whose message would not say where). Seeds: {@code PythonLiteralFuzzTestInputs/}.
 */
class PythonLiteralFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parsesOrSaysWhere(byte[] input) {
    try {
      PythonLiteral.parse(new String(input, UTF_8));
    } catch (IllegalArgumentException e) {
      assertEquals(IllegalArgumentException.class, e.getClass(), e::toString);
    }
  }
}
