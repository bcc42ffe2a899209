package org.jcherry.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A conformance case file ({@code {"app": ..., "format": 1, "cases": [...]}}), read with Jackson.
 * Each {@link Case} is either one request with its expectation or, with {@code steps}, several,
 * each sent by a named client whose cookie jar is kept when the case has {@code "cookies": true}.
 * The JSON of requests and expectations is kept as it is ({@link JsonNode}): {@link WireRequest}
 * and {@link Expectations} read it with check.py's rules.
 */
public final class CaseFile {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          // Python's json module reads NaN and Infinity, and refuses text after the value.
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final String source;
  private final String app;
  private final JsonNode format;
  private final List<Case> cases;

  private CaseFile(String source, JsonNode doc) {
    if (!doc.isObject()) {
      throw new IllegalArgumentException(
          source + ": a case file is a JSON object with a \"cases\" list");
    }
    this.source = source;
    this.app = doc.has("app") ? Py.str(doc.get("app")) : null;
    this.format = doc.get("format");
    List<Case> list = new ArrayList<>();
    JsonNode cs = doc.get("cases");
    if (cs != null && !cs.isNull()) {
      if (!cs.isArray()) {
        throw new IllegalArgumentException(source + ": \"cases\" must be a list");
      }
      for (JsonNode c : cs) {
        list.add(new Case(source, c));
      }
    }
    this.cases = Collections.unmodifiableList(list);
  }

  /** Reads a case file from disk. */
  public static CaseFile read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads a case file from the class path ({@code "cases/basics.json"}; a leading {@code /} is
   * allowed), looked up with the thread's context class loader, then this library's.
   */
  public static CaseFile fromResource(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    InputStream in = context == null ? null : context.getResourceAsStream(name);
    if (in == null) {
      in = CaseFile.class.getClassLoader().getResourceAsStream(name);
    }
    if (in == null) {
      throw new IllegalArgumentException("no case file on the class path at " + name);
    }
    try (InputStream s = in) {
      return parse(new String(s.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses case-file text; {@code source} names it in messages. */
  public static CaseFile parse(String json, String source) throws IOException {
    return new CaseFile(source, parseJson(json));
  }

  /** Python's {@code json.loads}, on Jackson's tree model. */
  static JsonNode parseJson(String text) throws JsonProcessingException {
    return JSON.readTree(text);
  }

  /** Where it was read from. */
  public String source() {
    return source;
  }

  /** The reference app the cases were recorded from ({@code "basics"}), or {@code null}. */
  public String app() {
    return app;
  }

  /** The file's {@code format} number, or {@code null}. */
  public JsonNode format() {
    return format;
  }

  public List<Case> cases() {
    return cases;
  }

  /** The case with this id, or {@code null}. */
  public Case find(String id) {
    for (Case c : cases) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** One case: an id, and one step or several. */
  public static final class Case {
    private final String id;
    private final String description;
    private final boolean multiStep;
    private final boolean cookies;
    private final List<Step> steps;
    private final JsonNode json;

    Case(String source, JsonNode c) {
      if (!c.isObject() || !c.hasNonNull("id")) {
        throw new IllegalArgumentException(
            source + ": every case is an object with an \"id\": " + c);
      }
      this.json = c;
      this.id = Py.str(c.get("id"));
      this.description = c.hasNonNull("description") ? Py.str(c.get("description")) : "";
      this.multiStep = c.has("steps");
      this.cookies = Py.truthy(c.get("cookies"));
      List<Step> list = new ArrayList<>();
      if (multiStep) {
        for (JsonNode s : c.get("steps")) {
          list.add(new Step(source, id, s));
        }
      } else {
        list.add(new Step(source, id, c));
      }
      this.steps = Collections.unmodifiableList(list);
    }

    public String id() {
      return id;
    }

    public String description() {
      return description;
    }

    /** Whether the case has {@code steps} (differences are then prefixed with {@code step N: }). */
    public boolean multiStep() {
      return multiStep;
    }

    /** Whether each client keeps a cookie jar across the steps. */
    public boolean cookies() {
      return cookies;
    }

    public List<Step> steps() {
      return steps;
    }

    /** The case as written in the file. */
    public JsonNode json() {
      return json;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** One request, its expectation and the client that sends it. */
  public static final class Step {
    private final JsonNode request;
    private final JsonNode expect;
    private final String client;

    Step(String source, String caseId, JsonNode s) {
      if (!s.isObject() || !s.has("request") || !s.get("request").isObject()) {
        throw new IllegalArgumentException(
            source + ": case " + caseId + " has a step without a request object");
      }
      this.request = s.get("request");
      this.expect = s.hasNonNull("expect") ? s.get("expect") : JSON.createObjectNode();
      this.client = s.has("client") ? Py.str(s.get("client")) : "a";
    }

    public JsonNode request() {
      return request;
    }

    public JsonNode expect() {
      return expect;
    }

    public String client() {
      return client;
    }
  }
}
