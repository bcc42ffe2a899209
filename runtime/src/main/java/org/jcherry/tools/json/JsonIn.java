package org.jcherry.tools.json;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.jcherry.HTTPError;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.json_in} (before_request_body, priority 30): reads a JSON request body of one of
 * {@code content_type} (default {@code application/json}, {@code text/javascript}) into {@link
 * #json(Request)}: maps, lists, strings, numbers, booleans and {@code null}. With {@code force}
 * (the default) other types are a 415; a body without a length is a 411 and one that is not JSON in
 * UTF-8 a 400 {@code Invalid JSON document}. Requests whose method carries no body are left alone.
 */
public final class JsonIn implements HookCallback {
  private static final String ATTRIBUTE = "json_in.body";

  /** Reads JSON as Python's {@code json} module does: one document, NaN and Infinity allowed. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .build();

  /** The untyped reader, looked up once (maps, lists and scalars, as Python's json gives them). */
  private static final ObjectReader READER = MAPPER.readerFor(Object.class);

  /**
   * Bodies up to this size are read into an array of their declared length at once: the server has
   * them already (it reads up to 256 KiB of a body before a worker runs).
   */
  private static final int EXACT_READ = 256 * 1024;

  private final List<String> contentTypes;
  private final boolean force;

  public JsonIn(ToolArgs args) {
    this.contentTypes =
        args.strings("content_type", List.of("application/json", "text/javascript"));
    this.force = args.bool("force", true);
    args.bool("debug", false);
  }

  /**
   * The body json_in parsed for {@code request}, CherryPy's {@code request.json} ({@code null} for
   * a JSON {@code null}).
   *
   * @throws IllegalStateException when no JSON body was read (json_in is off, or the method has no
   *     body), as reading {@code request.json} fails in CherryPy
   */
  public static Object json(Request request) {
    Parsed parsed = (Parsed) request.attribute(ATTRIBUTE);
    if (parsed == null) {
      throw new IllegalStateException("No JSON body was read for " + request.requestLine());
    }
    return parsed.value();
  }

  /** Whether json_in read a JSON body for {@code request}. */
  public static boolean hasJson(Request request) {
    return request.attribute(ATTRIBUTE) != null;
  }

  /** The parsed body; a holder, since {@code null} is a JSON value. */
  private record Parsed(Object value) {}

  @Override
  public void run(Request request, Response response) throws IOException {
    if (!request.processRequestBody()) {
      return;
    }
    String length = request.headers().get("Content-Length");
    if (length == null && request.headers().get("Transfer-Encoding") == null) {
      throw new HTTPError(411);
    }
    String ct = request.headers().get("Content-Type");
    HeaderElements.Element type = ct == null ? null : HeaderElements.parse(ct);
    // Compared as sent, as CherryPy looks its body processors up.
    String media = type == null ? "application/x-www-form-urlencoded" : type.value();
    if (!contentTypes.contains(media)) {
      if (force) {
        throw new HTTPError(
            415, "Expected an entity of content type " + String.join(", ", contentTypes));
      }
      return;
    }
    if (length == null || length.isEmpty()) {
      throw new HTTPError(411);
    }
    long declared;
    try {
      declared = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw new HTTPError(400, "Malformed Content-Length header.");
    }
    long max = request.body().maxBytes();
    if (declared < 0 || declared > Integer.MAX_VALUE - 8 || (max > 0 && declared > max)) {
      // request.body.maxbytes holds for JSON as for forms: CherryPy reads both through its limit.
      throw new HTTPError(413);
    }
    byte[] body = read(request.rfile(), (int) declared);
    request.setProcessRequestBody(false);
    request.setAttribute(ATTRIBUTE, new Parsed(parse(body)));
  }

  /**
   * Reads a body of {@code length} bytes. One up to {@link #EXACT_READ} is read into one array of
   * that size; a larger one in steps, so that a false length costs no more memory than the bytes
   * that came.
   */
  private static byte[] read(InputStream in, int length) throws IOException {
    if (length > EXACT_READ) {
      return in.readNBytes(length);
    }
    byte[] body = new byte[length];
    int n = in.readNBytes(body, 0, length);
    return n == length ? body : Arrays.copyOf(body, n);
  }

  /**
   * Parses the bytes as they came, with no copy into a String: Python's {@code
   * json.loads(body.decode('utf-8'))}. Jackson guesses UTF-16 or UTF-32 from NUL bytes at the start
   * and drops a UTF-8 BOM; neither is valid JSON in UTF-8 (Python refuses a BOM), so both are
   * refused before Jackson sees them, and the rest is checked to be UTF-8 as strictly as Python
   * does.
   */
  static Object parse(byte[] body) {
    if (!Utf8.isStrict(body) || startsOddly(body)) {
      throw new HTTPError(400, "Invalid JSON document");
    }
    try {
      return READER.readValue(body);
    } catch (IOException e) {
      throw new HTTPError(400, "Invalid JSON document");
    }
  }

  /** A UTF-8 BOM, or a NUL among the first four bytes (where Jackson looks for UTF-16 and -32). */
  private static boolean startsOddly(byte[] body) {
    if (body.length >= 3
        && body[0] == (byte) 0xEF
        && body[1] == (byte) 0xBB
        && body[2] == (byte) 0xBF) {
      return true;
    }
    for (int i = 0; i < Math.min(4, body.length); i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
