package org.jcherry.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertEquals(constant, ConstantNames.upperSnake(method));
  }
}
