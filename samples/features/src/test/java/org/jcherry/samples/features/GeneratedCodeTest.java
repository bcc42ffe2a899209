package org.jcherry.samples.features;

import java.nio.file.Path;
import org.jcherry.testing.NoReflection;
import org.junit.jupiter.api.Test;

/** The processor's output for this tree uses no reflection either. */
class GeneratedCodeTest {
  @Test
  void generatedSourcesUseNoReflection() {
    NoReflection.assertNone(Path.of("target/generated-sources/annotations"));
  }
}
