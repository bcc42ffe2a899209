package org.jcherry.processor;

import static org.jcherry.processor.Fixtures.assertError;
import static org.jcherry.processor.Fixtures.root;

import org.junit.jupiter.api.Test;

/** Names two members answer alike, and aliases that cannot be a path segment. */
class NameErrorsTest {

  @Test
  void aliasClashesWithMethodAfterPunctuationIsTranslated() {
    assertError(
        root(
            "@Expose public String my_page() { return \"\"; }\n"
                + "@Expose(\"my-page\") public String other() { return \"\"; }"),
        "alias \"my-page\" of other() answers /my-page, which my_page() already answers"
            + " (\"my-page\" and \"my_page\" match once punctuation becomes '_'); rename one of"
            + " them or drop the alias",
        "@Expose(\"my-page\")");
  }

  @Test
  void twoAliasesThatMatch() {
    assertError(
        root(
            "@Expose(\"a.b\") public String one() { return \"\"; }\n"
                + "@Expose(\"a-b\") public String two() { return \"\"; }"),
        "alias \"a-b\" of two() answers /a-b, which alias \"a.b\" of one() already answers",
        "@Expose(\"a-b\")");
  }

  @Test
  void overloadedHandlers() {
    assertError(
        root(
            "@Expose public String page() { return \"\"; }\n"
                + "@Expose public String page(String id) { return \"\"; }"),
        "page() answers /page, which page() already answers; rename one of them",
        "page(String id)");
  }

  @Test
  void handlerAndChild() {
    assertError(
        root(
            "@Expose public String blog() { return \"\"; }\n"
                + "public final Other blog = new Other();"),
        "child blog answers /blog, which blog() already answers",
        "Other blog =",
        Fixtures.other());
  }

  @Test
  void fieldAndGetterChild() {
    assertError(
        root(
            "public final Other shop = new Other();\n" + "public Other getShop() { return shop; }"),
        "child getShop() answers /shop, which child shop already answers",
        "getShop()",
        Fixtures.other());
  }

  @Test
  void defaultAliasClashesWithDefaultMethod() {
    assertError(
        root(
            "@Expose public String default_(String... rest) { return \"\"; }\n"
                + "@Expose(\"default\") public String fallback() { return \"\"; }"),
        "alias \"default\" of fallback() answers /..., which default_() already answers",
        "fallback()");
  }

  @Test
  void emptyAlias() {
    assertError(
        root("@Expose({\"ok\",\n    \"\"}) public String page() { return \"\"; }"),
        "@Expose alias \"\" of page() is empty; remove it",
        "\"\"}");
  }

  @Test
  void aliasWithSlash() {
    assertError(
        root("@Expose(\"a/b\") public String page() { return \"\"; }"),
        "@Expose alias \"a/b\" of page() contains '/', which a path segment never holds",
        "page()");
  }

  @Test
  void aliasThatNormalisationRemoves() {
    assertError(
        root("@Expose(\"..\") public String page() { return \"\"; }"),
        "@Expose alias \"..\" of page() is a relative path step that URL normalisation removes",
        "page()");
  }

  @Test
  void aliasWithControlCharacter() {
    assertError(
        root("@Expose(\"a\\tb\") public String page() { return \"\"; }"),
        "contains a control character; choose a name a URL can carry",
        "page()");
  }
}
