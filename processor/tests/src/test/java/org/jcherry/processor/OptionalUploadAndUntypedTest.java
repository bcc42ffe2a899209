package org.jcherry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * {@code Optional<Object>} (CherryPy's {@code name=None}: absent, one value or many) and {@code
 * Optional<Part>} (an upload that may be absent) compile without a warning into optional parameters
 * whose value the generated call wraps.
 */
class OptionalUploadAndUntypedTest {
  @Test
  void bothAreOptionalParametersWrappedByTheCall() throws Exception {
    Compilation c =
        Fixtures.compile(
            Fixtures.root(
                "@Expose public String page(Optional<Object> name, Optional<Part> file) {\n"
                    + "  return \"\";\n"
                    + "}"));
    assertThat(c).succeededWithoutWarnings();
    String table =
        c.generatedSourceFile("demo.Root_Dispatch").orElseThrow().getCharContent(true).toString();
    assertThat(table).contains(".optional(\"name\").optional(\"file\")");
    assertThat(table).contains("Optional.ofNullable(args.oneOrMany(0))");
    assertThat(table).contains("Optional.ofNullable(args.part(1))");
  }
}
