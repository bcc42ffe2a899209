package org.jcherry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jcherry.processor.Fixtures.IMPORTS;
import static org.jcherry.processor.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.1 document written per {@code @AppRoot}: the golden fixture's matches its golden
 * file, and every document validates against the OpenAPI 3.1 schema (copied from the OpenAPI
 * Initiative's repository, {@code schemas/v3.1/schema.json} of 2022-10-07) with networknt's JSON
 * Schema validator.
 */
class OpenApiDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theGoldenTreesDocumentIsTheGoldenFileAndValid() throws IOException {
    Compilation c = Fixtures.javac().compile(Fixtures.goldenSources());
    String doc = document(c, "demo.Root");
    assertEquals(resource("expected/demo/demo.Root.openapi.json"), doc);
    assertValid(doc);
  }

  @Test
  void theValidatorRefusesWhatIsNotOpenApi31() throws IOException {
    Compilation c = Fixtures.javac().compile(Fixtures.goldenSources());
    String broken = document(c, "demo.Root").replace("\"in\": \"query\"", "\"in\": \"body\"");
    assertTrue(!errors(broken).isEmpty(), "a parameter in the body is OpenAPI 2, not 3.1");
  }

  @Test
  void resourcesJsonBodiesUploadsAndDefaultHandlersAreDescribedAndValid() throws IOException {
    Compilation c =
        Fixtures.javac()
            .compile(
                source(
                    "demo.Api",
                    IMPORTS
                        + "@AppRoot\npublic class Api {\n"
                        + "  public final Items items = new Items();\n"
                        + "  @Expose @CpConfig(\"tools.json_in.on = True\")\n"
                        + "  public String ingest() { return \"\"; }\n"
                        + "  @Expose public String upload(Part file, @Default(\"false\") boolean"
                        + " replace) { return \"\"; }\n"
                        + "  @Expose public String default_(String... rest) { return \"\"; }\n"
                        + "}"),
                source(
                    "demo.Items",
                    IMPORTS
                        + "public class Items {\n"
                        + "  @Expose public String GET(Optional<java.util.UUID> id) { return \"\"; }\n"
                        + "  @Expose public String PUT(String id, int quantity) { return \"\"; }\n"
                        + "}"));
    assertThat(c).succeededWithoutWarnings();
    String text = document(c, "demo.Api");
    assertValid(text);
    JsonNode paths = JSON.readTree(text).get("paths");
    assertEquals(
        List.of("/ingest", "/upload", "/{rest}", "/items"), names(paths), "the URL patterns");
    assertEquals(List.of("get", "put"), names(paths.get("/items")), "a resource's methods only");
    assertEquals(
        "uuid", paths.at("/~1items/get/parameters/0/schema/format").asText(), "Optional<UUID>");
    assertEquals(false, paths.at("/~1items/get/parameters/0/required").asBoolean(true));
    assertEquals(
        "{}", paths.at("/~1ingest/post/requestBody/content/application~1json/schema").toString());
    JsonNode upload = paths.at("/~1upload/post/requestBody/content");
    assertEquals(List.of("multipart/form-data"), names(upload), "a file needs multipart");
    assertEquals("[\"file\"]", upload.at("/multipart~1form-data/schema/required").toString());
    assertEquals(
        "false", upload.at("/multipart~1form-data/schema/properties/replace/default").toString());
    assertEquals("path", paths.at("/~1{rest}/get/parameters/0/in").asText());
  }

  private static String document(Compilation c, String root) {
    assertThat(c).succeeded();
    try {
      return c.generatedFile(
              StandardLocation.CLASS_OUTPUT, "META-INF/jcherry/" + root + ".openapi.json")
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> errors(String document) throws IOException {
    JsonSchema schema;
    try (InputStream in = resourceStream("openapi/oas-3.1-schema-2022-10-07.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    return schema.validate(JSON.readTree(document));
  }

  private static void assertValid(String document) throws IOException {
    Set<ValidationMessage> errors = errors(document);
    assertTrue(errors.isEmpty(), () -> "not valid OpenAPI 3.1: " + errors);
    JsonNode doc = JSON.readTree(document);
    Set<String> ids = new HashSet<>();
    doc.get("paths")
        .forEach(
            item ->
                item.forEach(
                    op ->
                        assertTrue(
                            ids.add(op.get("operationId").asText()),
                            "operationId twice: " + op.get("operationId"))));
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static InputStream resourceStream(String name) {
    return OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(name);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = resourceStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
