package org.jcherry.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jcherry.testing.JavaMain;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar hello.jar --routes} lists the whole URL space: the golden {@code routes.txt}.
 */
class RoutesTest {
  @Test
  void routesListTheUrlSpace() throws IOException {
    JavaMain run = JavaMain.run(Root_Main.class, "--routes");
    assertEquals(0, run.status(), run.err());
    try (InputStream golden = RoutesTest.class.getResourceAsStream("/routes.txt")) {
      assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), run.out());
    }
  }
}
