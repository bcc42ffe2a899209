package org.jcherry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jcherry.processor.Fixtures.IMPORTS;
import static org.jcherry.processor.Fixtures.assertError;
import static org.jcherry.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code @AppRoot} classes the generated Main cannot run. */
class AppRootErrorsTest {
  private static final String INDEX = "  @Expose public String index() { return \"\"; }\n";

  @Test
  void noPublicNoArgConstructor() {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "@AppRoot\npublic class Root {\n  public Root(String name) {}\n"
                + INDEX
                + "}"),
        "@AppRoot class Root needs a public no-argument constructor: the generated Root_Main"
            + " calls new Root() (or set @AppRoot(main = false) when a main of your own builds it)",
        "@AppRoot");
  }

  @Test
  void withoutMainNoConstructorIsNeeded() {
    Compilation c =
        Fixtures.compile(
            source(
                "demo.Root",
                IMPORTS
                    + "@AppRoot(main = false)\npublic class Root {\n  public Root(String name) {}\n"
                    + INDEX
                    + "}"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("demo.Root_Urls").isNotNull();
    assertThat(c.generatedSourceFile("demo.Root_Main")).isEmpty();
  }

  @Test
  void privateConstructor() {
    assertError(
        source(
            "demo.Root",
            IMPORTS + "@AppRoot\npublic class Root {\n  private Root() {}\n" + INDEX + "}"),
        "needs a public no-argument constructor",
        "@AppRoot");
  }

  @Test
  void nonPublicClass() {
    assertError(
        source("demo.Root", IMPORTS + "@AppRoot\nclass Root {\n}"),
        "@AppRoot class cannot be run: Root is not public; make it public",
        "@AppRoot");
  }

  @Test
  void abstractClass() {
    assertError(
        source("demo.Root", IMPORTS + "@AppRoot\npublic abstract class Root {\n" + INDEX + "}"),
        "@AppRoot class Root must be a concrete class: the generated Root_Main creates an instance",
        "@AppRoot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "/app/", "/"})
  void badScriptName(String scriptName) {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "@AppRoot(scriptName = \""
                + scriptName
                + "\")\npublic class Root {\n"
                + INDEX
                + "}"),
        "@AppRoot scriptName \""
            + scriptName
            + "\" must be \"\" for the site root, or start with"
            + " '/' and not end with '/', e.g. \"/app\"",
        "scriptName");
  }

  @Test
  void malformedGlobalConfig() {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "@AppRoot(config = \"environment = None\")\npublic class Root {\n"
                + INDEX
                + "}"),
        "None cannot be a @AppRoot config value",
        "environment");
  }

  @Test
  void globalConfigKeyMustBeAName() {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "@AppRoot(config = \"server port = 80\")\npublic class Root {\n"
                + INDEX
                + "}"),
        "@AppRoot config key \"server port\" must look like name or namespace.name",
        "server port");
  }
}
