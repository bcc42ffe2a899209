package org.jcherry.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jcherry.HTTPError;

/**
 * Reads a request body into parameters, CherryPy's {@code RequestBody.process()}: urlencoded forms
 * and multipart bodies become parameters merged into {@code request.params()}; any other type is
 * left unread for the handler ({@link RequestBody#read()}). A body method without a length is a
 * 411, a body over {@code request.body.maxbytes} a 413. One reader serves every request of a config
 * scope.
 */
public final class BodyReader {
  /** CherryPy's {@code request.body.attempt_charsets} default. */
  public static final List<String> DEFAULT_CHARSETS = List.of("utf-8");

  private final long maxBytes;
  private final List<String> attemptCharsets;

  /**
   * @param maxBytes the largest body read, {@code request.body.maxbytes}; 0 for no limit
   * @param attemptCharsets {@code request.body.attempt_charsets}: the charsets tried for form text,
   *     after the one the Content-Type names
   */
  public BodyReader(long maxBytes, List<String> attemptCharsets) {
    this.maxBytes = maxBytes;
    this.attemptCharsets = List.copyOf(attemptCharsets);
  }

  /** A request's body entity, with this scope's limit and charsets to try. */
  public RequestBody newBody() {
    return new RequestBody(maxBytes, attemptCharsets);
  }

  /**
   * Whether reading the body of {@code request} may block even with all its bytes in memory: a
   * multipart body spools its uploads to files. The server serves a request on the IO thread only
   * with its body in memory, so any other body is read there without waiting.
   */
  public static boolean mayBlock(Request request) {
    return media(contentType(request)).startsWith("multipart/");
  }

  /** The request's {@code Content-Type}, parsed; {@code null} without one. */
  private static HeaderElements.Element contentType(Request request) {
    String ct = request.headers().get("Content-Type");
    return ct == null ? null : HeaderElements.parse(ct);
  }

  /** The media type of {@code type}, lower-cased; empty without one. */
  private static String media(HeaderElements.Element type) {
    return type == null ? "" : type.value().toLowerCase(Locale.ROOT);
  }

  public void read(Request request, RequestBody body) throws IOException {
    HeaderMap h = request.headers();
    if (h.get("Content-Length") == null && h.get("Transfer-Encoding") == null) {
      throw new HTTPError(411);
    }
    InputStream in = maxBytes > 0 ? new BodyLimit(request.rfile(), maxBytes) : request.rfile();
    HeaderElements.Element type = contentType(request);
    String media = media(type);
    // The decode tool may have set the charsets to try before the body is read.
    List<String> configured =
        body.attemptCharsets().isEmpty() ? attemptCharsets : body.attemptCharsets();
    body.open(in, charsets(type, media, configured));
    Params parsed = new Params();
    if (media.equals("application/x-www-form-urlencoded")) {
      decodeForm(in.readAllBytes(), body.attemptCharsets(), parsed);
    } else if (media.startsWith("multipart/")) {
      MultipartParser.parse(request.rfile(), type, maxBytes, parsed, request.tempFiles());
    } else {
      return;
    }
    Set<String> names = new LinkedHashSet<>(parsed.names());
    for (String name : names) {
      Object v = parsed.raw(name);
      for (Object item : v instanceof List ? (List<?>) v : List.of(v)) {
        request.params().add(name, item);
      }
    }
    body.setParamNames(names);
  }

  /**
   * The declared charset, then the configured ones, then ISO-8859-1 for text, as CherryPy tries
   * them.
   */
  private static List<String> charsets(
      HeaderElements.Element type, String media, List<String> configured) {
    List<String> out =
        Charsets.attempts(type == null ? null : type.params().get("charset"), configured);
    if (media.startsWith("text/")
        && out.stream().noneMatch(c -> Charsets.lookup(c) == StandardCharsets.ISO_8859_1)) {
      out.add("ISO-8859-1");
    }
    return out;
  }

  /** Tries each charset in turn; a form none decodes is a 400. */
  private static void decodeForm(byte[] bytes, List<String> attempted, Params into) {
    String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String name : attempted) {
      Charset cs = Charsets.lookup(name);
      if (cs == null) {
        continue;
      }
      Params trial = new Params();
      try {
        QueryStrings.parseBody(ascii, cs, trial);
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (String n : trial.names()) {
        into.put(n, trial.raw(n));
      }
      return;
    }
    throw Charsets.undecodable(attempted);
  }
}
