package org.jcherry.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jcherry.HTTPError;

/**
 * Reads a request body into parameters, CherryPy's {@code RequestBody.process()}: urlencoded forms
 * and multipart bodies become parameters merged into {@code request.params()}; any other type is left
 * unread for the handler. A body method without a length is a 411, a body over the limit a 413.
 */
public final class BodyReader {
  private final long maxBytes;

  /** @param maxBytes the largest body read, {@code request.body.maxbytes}; 0 for no limit */
  public BodyReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public void read(Request request, RequestBody body) throws IOException {
    HeaderMap h = request.headers();
    String length = h.get("Content-Length");
    if (length == null && h.get("Transfer-Encoding") == null) {
      throw new HTTPError(411);
    }
    String ct = h.get("Content-Type");
    if (ct == null) {
      return;
    }
    HeaderElements.Element type = HeaderElements.parse(ct);
    if (type == null) {
      return;
    }
    String media = type.value().toLowerCase(Locale.ROOT);
    Params parsed = new Params();
    if (media.equals("application/x-www-form-urlencoded")) {
      byte[] bytes = readAll(request.rfile(), length);
      decodeForm(bytes, type.params().get("charset"), body.attemptCharsets(), parsed);
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

  private byte[] readAll(InputStream in, String length) throws IOException {
    long declared = -1;
    if (length != null) {
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new HTTPError(400, "Malformed Content-Length header.");
      }
    }
    if (maxBytes > 0 && declared > maxBytes) {
      throw new HTTPError(413);
    }
    long cap = maxBytes > 0 ? maxBytes : Integer.MAX_VALUE - 8;
    byte[] bytes = in.readNBytes((int) Math.min(cap + 1, declared >= 0 ? declared : cap + 1));
    if (maxBytes > 0 && bytes.length > maxBytes) {
      throw new HTTPError(413);
    }
    return bytes;
  }

  /** Tries the declared charset, then the body's attempt charsets; a form no charset decodes is a 400. */
  private static void decodeForm(byte[] bytes, String declared, List<String> charsets, Params into) {
    List<String> attempted = new ArrayList<>();
    if (declared != null) {
      attempted.add(declared);
    }
    for (String c : charsets) {
      if (!attempted.contains(c)) {
        attempted.add(c);
      }
    }
    String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String name : attempted) {
      Charset cs = Charsets.lookup(name);
      if (cs == null) {
        continue;
      }
      Params trial = new Params();
      try {
        QueryStrings.parse(ascii, cs, trial);
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (String n : trial.names()) {
        into.put(n, trial.raw(n));
      }
      return;
    }
    throw new HTTPError(
        400,
        "The request entity could not be decoded. The following charsets were attempted: "
            + pythonList(attempted));
  }

  static String pythonList(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append('\'').append(items.get(i)).append('\'');
    }
    return sb.append(']').toString();
  }
}
