package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles under {@code -Xlint:all,-processing -Werror}, whatever the handler
 * classes use.
 */
class LintTest {

  @Test
  void goldenFixturesCompileWithoutAnyLintWarning() {
    Compilation c =
        Fixtures.javac()
            .withOptions(Fixtures.STRICT_LINT, "-Werror")
            .compile(Fixtures.goldenSources());
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void deprecatedHandlersChildrenAndTypesAreSuppressedOnlyWhereUsed() {
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.goldenSources());
    sources.add(
        Fixtures.source(
            "demo.Legacy",
            """
            package demo;

            import org.jcherry.Expose;

            @Deprecated
            public class Legacy {
              /** An old colour type. */
              @Deprecated(forRemoval = true)
              public enum Shade { LIGHT, DARK }

              @Deprecated
              public final Blog oldBlog = new Blog();

              @Expose
              @Deprecated(forRemoval = true)
              public String old(Shade shade) {
                return shade.name();
              }
            }
            """));
    Compilation c = Fixtures.javac().withOptions(Fixtures.STRICT_LINT, "-Werror").compile(sources);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("demo.Legacy_Dispatch")
        .contentsAsUtf8String()
        .containsMatch("@SuppressWarnings\\(\\{\\s*\"deprecation\",\\s*\"removal\"\\s*\\}\\)");
    assertThat(c)
        .generatedSourceFile("demo.Root_Dispatch")
        .contentsAsUtf8String()
        .doesNotContain("@SuppressWarnings");
  }
}
