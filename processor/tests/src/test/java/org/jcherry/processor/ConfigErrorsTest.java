package org.jcherry.processor;

import static org.jcherry.processor.Fixtures.IMPORTS;
import static org.jcherry.processor.Fixtures.assertError;
import static org.jcherry.processor.Fixtures.root;
import static org.jcherry.processor.Fixtures.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code @CpConfig} entries that do not parse, with the error on the entry itself. */
class ConfigErrorsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tools.gzip.on         | @CpConfig entry \"tools.gzip.on\" has no '='; write \"key ="
            + " value\"",
        "gzip = True           | @CpConfig key \"gzip\" must look like namespace.name",
        "tools..gzip = True    | @CpConfig key \"tools..gzip\" must look like namespace.name",
        " = True               | @CpConfig key \"\" must look like namespace.name",
        "tools.gzip.on = [1,   | @CpConfig value of tools.gzip.on does not parse: a value is"
            + " missing",
        "tools.x = 'open       | does not parse: the string is not closed with '",
        "tools.x =             | @CpConfig value of tools.x does not parse: empty value",
        "tools.x = None        | None cannot be a @CpConfig value; leave the entry out to keep the"
            + " default",
        "tools.x = [1, None]   | None cannot appear inside a @CpConfig value (tools.x)",
        "tools.x = {'a': None} | None cannot appear inside a @CpConfig value (tools.x)",
      })
  void malformedClassEntry(String entry, String message) {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "@CpConfig({\"tools.ok.on = True\",\n    \""
                + entry.strip()
                + "\"})\npublic class Root {\n  @Expose public String index() { return \"\"; }\n}"),
        message,
        "\"})");
  }

  @Test
  void duplicateKey() {
    assertError(
        source(
            "demo.Root",
            IMPORTS
                + "@CpConfig({\"tools.gzip.on = True\",\n    \"tools.gzip.on = False\"})\n"
                + "public class Root {\n  @Expose public String index() { return \"\"; }\n}"),
        "@CpConfig sets tools.gzip.on twice; keep one entry",
        "False");
  }

  @Test
  void malformedMethodEntry() {
    assertError(
        root(
            "@Expose\n@CpConfig(\"tools.caching.on = None\")\n"
                + "public String index() { return \"\"; }"),
        "None cannot be a @CpConfig value",
        "tools.caching.on");
  }
}
