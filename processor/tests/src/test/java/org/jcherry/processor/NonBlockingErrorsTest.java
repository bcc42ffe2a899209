package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jcherry.processor.Fixtures.assertError;
import static org.jcherry.processor.Fixtures.root;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code @NonBlocking} on handlers that need a blocking read, and where it means nothing; a JSON or
 * form body is no blocking read.
 */
class NonBlockingErrorsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Part upload        | @NonBlocking page cannot take upload: a file upload is read from the"
            + " request body, which may block; remove @NonBlocking",
        "Optional<Part> upload | @NonBlocking page cannot take upload: a file upload is read from"
            + " the request body",
        "org.jcherry.session.Session session | @NonBlocking page cannot take session: a session is loaded from its"
            + " store, which may block; remove @NonBlocking",
      })
  void refusesParametersThatRead(String parameter, String message) {
    assertError(
        root(
            "@Expose @NonBlocking\npublic String page(String name,\n"
                + parameter
                + ") { return \"\"; }"),
        message,
        parameter);
  }

  /** json_in reads a body the server has whole in memory whenever it serves on the IO thread. */
  @Test
  void acceptsJsonInOnTheMethod() {
    assertThat(
            Fixtures.compile(
                root(
                    "@Expose @NonBlocking\n"
                        + "@CpConfig({\"tools.json_in.on = True\", \"tools.json_out.on = True\"})\n"
                        + "public Object page(Request request) {\n"
                        + "  return org.jcherry.tools.json.JsonIn.json(request);\n}")))
        .succeededWithoutWarnings();
  }

  @Test
  void acceptsJsonInOnTheClass() {
    assertThat(
            Fixtures.compile(
                Fixtures.source(
                    "demo.Root",
                    Fixtures.IMPORTS
                        + "@CpConfig(\"tools.json_in.on = True\")\npublic class Root {\n"
                        + "  @Expose @NonBlocking public String page() { return \"\"; }\n}\n")))
        .succeededWithoutWarnings();
  }

  @Test
  void refusedWithoutExpose() {
    assertError(
        root(
            "@Expose public String index() { return \"\"; }\n"
                + "@NonBlocking public String page() { return \"\"; }"),
        "@NonBlocking on page has no effect because page is not @Expose'd; add @Expose, or remove"
            + " @NonBlocking",
        "@NonBlocking public String page()");
  }

  @Test
  void acceptsPlainParameters() {
    assertThat(
            Fixtures.compile(
                root(
                    "@Expose @NonBlocking public String page(String name, @Default(\"1\") int n,"
                        + " Request request, Response response, String... rest) { return \"\"; }")))
        .succeededWithoutWarnings();
  }
}
