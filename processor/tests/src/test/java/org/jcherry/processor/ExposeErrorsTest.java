package org.jcherry.processor;

import static org.jcherry.processor.Fixtures.IMPORTS;
import static org.jcherry.processor.Fixtures.assertError;
import static org.jcherry.processor.Fixtures.root;
import static org.jcherry.processor.Fixtures.source;

import org.junit.jupiter.api.Test;

/** Where {@code @Expose} (and what only means something with it) cannot stand. */
class ExposeErrorsTest {

  @Test
  void nonPublicMethod() {
    assertError(
        root("@Expose String greet() { return \"\"; }"),
        "@Expose method greet must be public",
        "String greet()");
  }

  @Test
  void staticMethod() {
    assertError(
        root("@Expose public static String greet() { return \"\"; }"),
        "@Expose method greet must not be static",
        "String greet()");
  }

  @Test
  void abstractMethod() {
    assertError(
        source(
            "demo.Root",
            IMPORTS + "public abstract class Root {\n  @Expose public abstract String greet();\n}"),
        "@Expose method greet is abstract; put @Expose on the method that implements it",
        "String greet()");
  }

  @Test
  void genericMethod() {
    assertError(
        root("@Expose public <T> String greet() { return \"\"; }"),
        "@Expose method greet declares type parameters",
        "String greet()");
  }

  @Test
  void methodInNonPublicClass() {
    assertError(
        source(
            "demo.Root",
            IMPORTS + "class Root {\n  @Expose public String index() { return \"\"; }\n}"),
        "@Expose method index cannot be served: Root is not public; make it public",
        "String index()");
  }

  @Test
  void methodInInnerClass() {
    assertError(
        root("public class Inner {\n  @Expose public String index() { return \"\"; }\n}"),
        "Inner is an inner class; make it a static nested class",
        "String index()");
  }

  @Test
  void methodInStaticClassNestedInNonPublicClass() {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "class Root {\n  public static class Shop {\n"
                + "    @Expose public String index() { return \"\"; }\n  }\n}"),
        "@Expose method index cannot be served: Root is not public",
        "String index()");
  }

  @Test
  void methodInLocalClass() {
    assertError(
        root(
            "public Object make() {\n  class Local {\n"
                + "    @Expose public String local() { return \"\"; }\n  }\n  return new Local();\n"
                + "}"),
        "@Expose has no effect in a local or anonymous class",
        "String local()",
        Fixtures.other());
  }

  @Test
  void methodInAnonymousClass() {
    assertError(
        root(
            "public final Object child = new Object() {\n"
                + "  @org.jcherry.Expose public String anon() { return \"\"; }\n};"),
        "@Expose has no effect in a local or anonymous class: JCherry only sees top-level classes",
        "String anon()",
        Fixtures.other());
  }

  @Test
  void methodInInterface() {
    assertError(
        source("demo.Api", IMPORTS + "public interface Api {\n  @Expose String index();\n}"),
        "Api is an interface; JCherry serves classes",
        "String index()");
  }

  @Test
  void genericHandlerClass() {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "public class Root<T> {\n  @Expose public String index() { return \"\"; }\n}"),
        "Root declares type parameters; a handler class cannot be generic",
        "String index()");
  }

  @Test
  void publicDefaultMethodWithoutExpose() {
    assertError(
        root(
            "@Expose public String index() { return \"\"; }\n"
                + "public String default_(String... vpath) { return \"\"; }"),
        "default_ is not exposed; add @Expose",
        "String default_(");
  }

  @Test
  void configOnMethodThatIsNotExposed() {
    assertError(
        root(
            "@Expose public String index() { return \"\"; }\n"
                + "@CpConfig(\"tools.gzip.on = True\") public String helper() { return \"\"; }"),
        "@CpConfig on helper has no effect because helper is not @Expose'd",
        "String helper()");
  }

  @Test
  void defaultOnParameterOfMethodThatIsNotExposed() {
    assertError(
        root(
            "@Expose public String index() { return \"\"; }\n"
                + "public String helper(@Default(\"1\") int n) { return \"\"; }"),
        "@Default on n has no effect because helper is not @Expose'd",
        "String helper(");
  }
}
