package org.jcherry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** What incremental build tools rely on: one originating element per generated source file. */
class IncrementalBuildTest {

  @Test
  void everyGeneratedSourceHasItsHandlerClassAsOnlyOrigin() {
    RecordingProcessor processor = new RecordingProcessor();
    Compilation c = Compiler.javac().withProcessors(processor).compile(Fixtures.goldenSources());
    assertThat(c).succeeded();

    List<String> sources = new ArrayList<>();
    for (RecordingProcessor.Created file : processor.created) {
      if (file.name.startsWith("META-INF/")) {
        continue; // the aggregated registry, and the OpenAPI documents (resources, not sources)
      }
      sources.add(file.name);
      assertThat(file.origins).hasSize(1);
      String origin = ((TypeElement) file.origins.get(0)).getQualifiedName().toString();
      assertThat(file.name).startsWith(origin + "_");
    }
    assertThat(sources).containsAtLeast("demo.Root_Main", "demo.Root_Urls");
    assertThat(sources).hasSize(10); // eight tables, one Main and one Urls
  }

  @Test
  void theProcessorDeclaresItselfAggregatingForGradle() throws Exception {
    try (InputStream in =
        JCherryProcessor.class.getResourceAsStream(
            "/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), UTF_8))
          .isEqualTo("org.jcherry.processor.JCherryProcessor,aggregating\n");
    }
  }
}
