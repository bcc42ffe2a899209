package org.jcherry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoReflectionTest {
  @Test
  void runtimeMainCodeUsesNoReflection() {
    NoReflection.assertNone(Path.of("src/main/java"));
  }

  @Test
  void theCheckCatchesReflection(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("A.java"), "class A { Object o = Class.forName(\"x\"); }\n");
    Files.writeString(dir.resolve("B.java"), "import java.lang.reflect.Method;\nclass B {}\n");
    Files.writeString(
        dir.resolve("C.java"), "class C { // Class.forName in a comment is fine\n}\n");
    assertEquals(2, NoReflection.findIn(dir).size());
    assertThrows(AssertionError.class, () -> NoReflection.assertNone(dir));
  }
}
