package org.jcherry.processor;

import static org.jcherry.processor.Fixtures.IMPORTS;
import static org.jcherry.processor.Fixtures.assertError;
import static org.jcherry.processor.Fixtures.root;
import static org.jcherry.processor.Fixtures.source;

import org.junit.jupiter.api.Test;

/** {@code @PopArgs} and {@code @CpDispatch} where they mean nothing or cannot be called. */
class DispatchHookErrorsTest {

  @Test
  void noNames() {
    assertError(
        source("demo.Root", IMPORTS + "@PopArgs({})\npublic class Root {}"),
        "@PopArgs needs at least one name to pop, e.g. @PopArgs({\"year\", \"month\"})",
        "@PopArgs({})");
  }

  @Test
  void emptyName() {
    assertError(
        source("demo.Root", IMPORTS + "@PopArgs({\"year\",\n    \"\"})\npublic class Root {}"),
        "@PopArgs name is empty",
        "\"\"})");
  }

  @Test
  void duplicateName() {
    assertError(
        source("demo.Root", IMPORTS + "@PopArgs({\"year\",\n    \"year\"})\npublic class Root {}"),
        "@PopArgs pops \"year\" twice",
        "\"year\"})");
  }

  @Test
  void nonPublicField() {
    assertError(
        root("@PopArgs(\"year\") final Other years = new Other();"),
        "@PopArgs field years must be public",
        "Other years",
        Fixtures.other());
  }

  @Test
  void staticField() {
    assertError(
        root("@PopArgs(\"year\") public static final Other YEARS = new Other();"),
        "@PopArgs field YEARS must not be static",
        "Other YEARS",
        Fixtures.other());
  }

  @Test
  void fieldOfATypeThatCannotBeANode() {
    assertError(
        root("@PopArgs(\"year\") public final String years = \"\";"),
        "@PopArgs field years has type java.lang.String, which cannot be a node",
        "String years");
  }

  @Test
  void getterOfATypeThatCannotBeANode() {
    assertError(
        root("@PopArgs(\"year\") public List<String> getYears() { return null; }"),
        "@PopArgs getter getYears has type java.util.List<java.lang.String>, which cannot be a"
            + " node",
        "getYears()");
  }

  @Test
  void methodWithNonStringParameter() {
    assertError(
        root("@PopArgs(\"year\") public Object year(int year) { return this; }"),
        "@PopArgs method year receives the popped segments as text: declare year as String",
        "int year");
  }

  @Test
  void methodParameterThatIsNotAPoppedName() {
    assertError(
        root("@PopArgs(\"year\") public Object year(String y) { return this; }"),
        "parameter y of year is not one of the popped names [year]; CherryPy passes popped"
            + " segments by name",
        "String y)");
  }

  @Test
  void methodWithTooFewParameters() {
    assertError(
        root("@PopArgs({\"year\", \"month\"}) public Object date(String year) { return this; }"),
        "@PopArgs method date must take one String parameter per popped name [year, month], in"
            + " any order; it takes 1",
        "date(String year)");
  }

  @Test
  void methodThatReturnsNothing() {
    assertError(
        root("@PopArgs(\"year\") public void year(String year) {}"),
        "@PopArgs method year must return the next node (Object, or a handler class); it returns"
            + " void",
        "void year(");
  }

  @Test
  void exposedPopArgsMethod() {
    assertError(
        root("@Expose @PopArgs(\"year\") public Object year(String year) { return this; }"),
        "@PopArgs method year must not be @Expose'd",
        "Object year(");
  }

  @Test
  void popArgsTogetherWithCpDispatch() {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "@PopArgs(\"year\")\npublic class Root {\n"
                + "  @CpDispatch public Object route(VirtualPath vpath) { return this; }\n}"),
        "Root already dispatches with @PopArgs on class Root; a class has one popargs or"
            + " _cp_dispatch",
        "Object route(");
  }

  @Test
  void twoPopArgsMembers() {
    assertError(
        root(
            "@PopArgs(\"a\") public final Other first = new Other();\n"
                + "@PopArgs(\"b\") public final Other second = new Other();"),
        "Root already dispatches with @PopArgs on first",
        "Other second",
        Fixtures.other());
  }

  @Test
  void exposedCpDispatch() {
    assertError(
        root("@Expose @CpDispatch public Object route(VirtualPath vpath) { return this; }"),
        "@CpDispatch method route must not be @Expose'd: CherryPy only dispatches through a"
            + " non-exposed _cp_dispatch; remove @Expose",
        "Object route(");
  }

  @Test
  void cpDispatchWithWrongParameters() {
    assertError(
        root("@CpDispatch public Object route(List<String> vpath) { return this; }"),
        "@CpDispatch method route must take exactly one VirtualPath parameter: write public"
            + " Object route(VirtualPath vpath)",
        "Object route(");
  }

  @Test
  void cpDispatchReturningPrimitive() {
    assertError(
        root("@CpDispatch public int route(VirtualPath vpath) { return 0; }"),
        "@CpDispatch method route must return the next node",
        "int route(");
  }

  @Test
  void nonPublicCpDispatch() {
    assertError(
        root("@CpDispatch Object route(VirtualPath vpath) { return this; }"),
        "@CpDispatch method route must be public",
        "Object route(");
  }

  @Test
  void staticCpDispatch() {
    assertError(
        root("@CpDispatch public static Object route(VirtualPath vpath) { return null; }"),
        "@CpDispatch method route must not be static",
        "Object route(");
  }
}
