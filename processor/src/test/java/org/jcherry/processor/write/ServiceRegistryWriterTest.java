package org.jcherry.processor.write;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRegistryWriterTest {

  @Test
  void mergesExistingEntriesSortedWithoutCommentsBlanksOrDuplicates() {
    assertThat(
            ServiceRegistryWriter.merge(
                List.of("# tables", "b.B_Dispatch  # kept", "", "  a.A_Dispatch"),
                List.of("c.C_Dispatch", "a.A_Dispatch")))
        .containsExactly("a.A_Dispatch", "b.B_Dispatch", "c.C_Dispatch")
        .inOrder();
  }
}
