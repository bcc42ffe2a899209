package org.jcherry.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzzing of the config-file reader ({@link ConfigFile}, CherryPy's INI with {@code
 * %(name)s} interpolation and Python-literal values). An input is a file's text (UTF-8); the only
 * refusal is an {@link IllegalArgumentException} that names the file. Seeds: {@code
 * ConfigFileFuzzTestInputs/}, shaped after the conformance apps' config files.
 */
class ConfigFileFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsOrNamesTheFault(byte[] input) {
    try {
      ConfigFile.parse(new String(input, UTF_8), "fuzz.conf");
    } catch (IllegalArgumentException e) {
      assertEquals(IllegalArgumentException.class, e.getClass(), e::toString);
      assertTrue(e.getMessage().startsWith("Config error in fuzz.conf, line "), e::getMessage);
    }
  }
}
