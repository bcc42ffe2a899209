package org.jcherry.processor.write;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstantNamesTest {

  @ParameterizedTest
  @CsvSource({
    "index, INDEX",
    "sayHello, SAY_HELLO",
    "say_hello, SAY_HELLO",
    "getURL, GET_URL",
    "parseHTMLPage, PARSE_HTML_PAGE",
    "page2Html, PAGE2_HTML",
    "default_, DEFAULT",
    "__, HANDLER",
  })
  void upperSnake(String method, String constant) {
    assertThat(ConstantNames.upperSnake(method)).isEqualTo(constant);
  }
}
