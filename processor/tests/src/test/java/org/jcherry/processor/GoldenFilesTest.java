package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares whole generated files with the goldens under {@code src/test/resources/expected}: one
 * handler class of every parameter kind with children, aliases and config ({@code Root}), one class
 * for each popargs form and for {@code _cp_dispatch}, and an {@code @AppRoot} Main.
 */
class GoldenFilesTest {
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Fixtures.javac().compile(Fixtures.goldenSources());
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Root_Dispatch", // handlers of every kind, children, aliases, default_, config
        "Root_Main", // @AppRoot
        "Root_Urls", // @AppRoot: a URL method per handler of the tree, popargs of every form
        "Blog_Dispatch", // @PopArgs on the class
        "Archive_Dispatch", // @PopArgs on a field
        "Calendar_Dispatch", // @PopArgs on a method
        "Users_Dispatch", // @CpDispatch
        "Year_Dispatch",
        "Month_Dispatch",
        "Member_Dispatch"
      })
  void generatesTheGolden(String name) {
    assertThat(compilation)
        .generatedSourceFile("demo." + name)
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/demo/" + name + ".java"));
  }

  @Test
  void registersEveryTableForServiceLoader() {
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT, "META-INF/services/org.jcherry.dispatch.DispatchTable")
        .contentsAsUtf8String()
        .isEqualTo(
            "demo.Archive_Dispatch\ndemo.Blog_Dispatch\ndemo.Calendar_Dispatch\n"
                + "demo.Member_Dispatch\ndemo.Month_Dispatch\ndemo.Root_Dispatch\n"
                + "demo.Users_Dispatch\ndemo.Year_Dispatch\n");
  }

  @Test
  void registersEveryMainForAutoreload() {
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/org.jcherry.boot.AppMain")
        .contentsAsUtf8String()
        .isEqualTo("demo.Root_Main\n");
  }
}
