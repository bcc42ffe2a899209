package org.jcherry.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names members answer: getter properties, translated keys and printable paths. */
class NamesTest {

  @ParameterizedTest
  @CsvSource({"getBlog, blog", "isOpen, open", "getURL, URL", "getX, x"})
  void getterProperty(String method, String property) {
    assertThat(ChildReader.property(method)).isEqualTo(property);
  }

  @ParameterizedTest
  @CsvSource({"get", "getter", "is", "island", "blog", "get_blog"})
  void notAGetter(String method) {
    assertThat(ChildReader.property(method)).isNull();
  }

  @Test
  void routeNamesTranslateAndPrintSafely() {
    assertThat(RouteName.ofMember("default_").key()).isEqualTo("default");
    assertThat(RouteName.ofMember("default_").path()).isEqualTo("/...");
    assertThat(RouteName.ofMember("index").path()).isEqualTo("/");
    assertThat(RouteName.ofAlias("page.html", null).key()).isEqualTo("page_html");
    assertThat(RouteName.ofAlias("page.html", null).path()).isEqualTo("/page.html");
    // A name a comment should not carry is shown as the dispatcher looks it up.
    assertThat(RouteName.ofAlias("a*/b{@x}", null).path()).isEqualTo("/a__b__x_");
  }
}
