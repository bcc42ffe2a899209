package org.jcherry.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRegistryWriterTest {

  @Test
  void mergesExistingEntriesSortedWithoutCommentsBlanksOrDuplicates() {
    assertEquals(
        List.of("a.A_Dispatch", "b.B_Dispatch", "c.C_Dispatch"),
        List.copyOf(
            ServiceRegistryWriter.merge(
                List.of("# tables", "b.B_Dispatch  # kept", "", "  a.A_Dispatch"),
                List.of("c.C_Dispatch", "a.A_Dispatch"))));
  }
}
