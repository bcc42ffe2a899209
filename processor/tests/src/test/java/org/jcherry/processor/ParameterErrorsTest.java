package org.jcherry.processor;

import static org.jcherry.processor.Fixtures.assertError;
import static org.jcherry.processor.Fixtures.root;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Handler parameters JCherry cannot bind, and {@code @Default}s that cannot apply. */
class ParameterErrorsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thread t          | type java.lang.Thread cannot be bound from a request. Supported:"
            + " String,",
        "List<Object> l    | element type java.lang.Object is not supported: use one of String,",
        "Optional<Thread> t | element type java.lang.Thread is not supported",
        "byte[] b          | element type byte is not supported for arrays: use Byte[] or"
            + " List<Byte>",
        "boolean[] flags   | use Boolean[] or List<Boolean> (of primitive arrays, only int[],"
            + " long[]",
        "char... cs        | varargs element type char is not supported: use Character... (of",
        "Object... rest    | varargs element type java.lang.Object is not supported: varargs"
            + " receive",
        "Map<String, Integer> kw | cannot take the remaining request parameters (CherryPy's"
            + " **kwargs): declare Map<String, Object>, Map<String, List<String>> or Map<String,"
            + " String>",
        "Map<Integer, String> kw | cannot take the remaining request parameters",
      })
  void unsupportedType(String parameter, String message) {
    assertError(
        root("@Expose public String page(" + parameter + ") { return \"\"; }"), message, parameter);
  }

  @Test
  void twoKeywordMaps() {
    assertError(
        root(
            "@Expose public String page(Map<String, Object> kw,\n"
                + "    Map<String, String> more) { return \"\"; }"),
        "page already takes the remaining parameters in kw; a handler takes at most one Map",
        "Map<String, String> more");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Default(\"x\") Request request         | it is injected, never read from the request",
        "@Default(\"x\") Response response       | it is injected, never read from the request",
        "@Default(\"x\") Map<String, Object> kw  | it collects the parameters no other parameter"
            + " takes",
        "@Default(\"x\") String... rest          | it takes the surplus path segments",
        "@Default(\"x\") Part upload             | a file upload has no text form",
        "@Default(\"x\") Optional<Part> upload   | a file upload has no text form",
      })
  void defaultWhereNothingCanBeAbsent(String parameter, String message) {
    String name = parameter.substring(parameter.lastIndexOf(' ') + 1);
    assertError(
        root("@Expose public String page(" + parameter + ") { return \"\"; }"),
        "@Default has no meaning on " + name + " of page: " + message,
        parameter);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Default(\"ten\") int n           | @Default(\"ten\") does not convert to int (For input"
            + " string: \"ten\")",
        "@Default(\"300\") byte b          | does not convert to byte (Value out of range",
        "@Default(\"1.5\") Long n          | does not convert to Long",
        "@Default(\"maybe\") boolean b     | does not convert to boolean (not a boolean)",
        "@Default(\"ab\") char c           | does not convert to char (not a single character)",
        "@Default(\"x\") java.math.BigDecimal d | does not convert to BigDecimal",
        "@Default(\"nope\") UUID id        | does not convert to UUID",
        "@Default(\"2024-13-01\") java.time.LocalDate d | does not convert to LocalDate",
        "@Default(\"PURPLE\") Color c      | does not convert to Color (not a constant of Color"
            + " (RED, GREEN))",
        "@Default(\"x\") List<Integer> ns  | does not convert to Integer",
        "@Default(\"x\") Optional<Double> d | does not convert to Double",
      })
  void defaultThatDoesNotConvert(String parameter, String message) {
    assertError(
        root(
            "public enum Color { RED, GREEN }\n@Expose public String page("
                + parameter
                + ") { return \"\"; }"),
        message,
        parameter);
  }
}
