package org.jcherry.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names members answer: getter properties, translated keys and printable paths. */
class NamesTest {

  @ParameterizedTest
  @CsvSource({"getBlog, blog", "isOpen, open", "getURL, URL", "getX, x"})
  void getterProperty(String method, String property) {
    assertEquals(property, ChildReader.property(method));
  }

  @ParameterizedTest
  @CsvSource({"get", "getter", "is", "island", "blog", "get_blog"})
  void notAGetter(String method) {
    assertNull(ChildReader.property(method));
  }

  @Test
  void routeNamesTranslateAndPrintSafely() {
    assertEquals("default", RouteName.ofMember("default_").key());
    assertEquals("/...", RouteName.ofMember("default_").path());
    assertEquals("/", RouteName.ofMember("index").path());
    assertEquals("page_html", RouteName.ofAlias("page.html", null).key());
    assertEquals("/page.html", RouteName.ofAlias("page.html", null).path());
    // A name a comment should not carry is shown as the dispatcher looks it up.
    assertEquals("/a__b__x_", RouteName.ofAlias("a*/b{@x}", null).path());
  }
}
