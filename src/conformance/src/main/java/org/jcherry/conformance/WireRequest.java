package org.jcherry.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The exact bytes check.py's {@code build_request} writes for a case's request: the request line
 * (HTTP/1.1 unless the case says otherwise), {@code Host: HOST:PORT} unless the case gives one, the
 * case headers, {@code Cookie} from the jar, then {@code Content-Type} and {@code Content-Length}
 * when there is a body. {@code raw} (Latin-1 text) and {@code raw_b64} are sent as they are.
 */
public final class WireRequest {
  static final String DEFAULT_BOUNDARY = "conformance-boundary-1234567890";

  private final String method;
  private final byte[] bytes;

  private WireRequest(String method, byte[] bytes) {
    this.method = method;
    this.bytes = bytes;
  }

  /** The method, which decides whether the answer has a body (HEAD). */
  public String method() {
    return method;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** The request's text, bytes read as Latin-1 (for messages and tests). */
  @Override
  public String toString() {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Builds the request a case's {@code request} object describes. */
  public static WireRequest build(JsonNode req, BaseUrl ctx, String cookieHeader) {
    if (req.has("raw") || req.has("raw_b64")) {
      byte[] data;
      if (req.has("raw_b64")) {
        data =
            replace(
                base64(req.get("raw_b64").asText()),
                "{host}".getBytes(StandardCharsets.US_ASCII),
                ctx.hostport().getBytes(StandardCharsets.US_ASCII));
      } else {
        String text = ctx.expand(req.get("raw").asText());
        for (int i = 0; i < text.length(); i++) {
          if (text.charAt(i) > 0xff) {
            throw new IllegalArgumentException(
                "raw request has a character outside Latin-1 at index " + i);
          }
        }
        data = text.getBytes(StandardCharsets.ISO_8859_1);
      }
      int space = indexOf(data, (byte) ' ');
      String m = new String(data, 0, space < 0 ? data.length : space, StandardCharsets.ISO_8859_1);
      return new WireRequest(m, data);
    }
    String method = req.has("method") ? Py.str(req.get("method")) : "GET";
    String path = ctx.expand(req.has("path") ? req.get("path").asText() : "/");
    String version = req.has("version") ? Py.str(req.get("version")) : "HTTP/1.1";
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (Map.Entry<String, JsonNode> h : pairs(req.get("headers"))) {
      headers.add(
          new AbstractMap.SimpleImmutableEntry<>(h.getKey(), ctx.expand(h.getValue().asText())));
    }
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, String> h : headers) {
      names.add(h.getKey().toLowerCase(Locale.ROOT));
    }
    byte[] body = null;
    String contentType = null;
    if (req.has("form")) {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, JsonNode> f : pairs(req.get("form"))) {
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(Py.quotePlus(f.getKey())).append('=').append(Py.quotePlus(Py.str(f.getValue())));
      }
      body = sb.toString().getBytes(StandardCharsets.UTF_8);
      contentType = "application/x-www-form-urlencoded";
    } else if (req.has("multipart")) {
      JsonNode spec = req.get("multipart");
      String boundary = spec.has("boundary") ? Py.str(spec.get("boundary")) : DEFAULT_BOUNDARY;
      body = multipart(spec, boundary);
      contentType = "multipart/form-data; boundary=" + boundary;
    } else if (req.has("json")) {
      body = Py.jsonDumps(req.get("json")).getBytes(StandardCharsets.UTF_8);
      contentType = "application/json";
    } else if (req.has("body_b64")) {
      body = base64(req.get("body_b64").asText());
    } else if (req.has("body")) {
      body = req.get("body").asText().getBytes(StandardCharsets.UTF_8);
    } else if (req.has("body_fill")) {
      JsonNode fill = req.get("body_fill");
      String ch = fill.has("char") ? fill.get("char").asText() : "x";
      body = ch.repeat(fill.get("count").asInt()).getBytes(StandardCharsets.UTF_8);
    }
    List<String> lines = new ArrayList<>();
    lines.add(method + " " + path + " " + version);
    if (!names.contains("host") && (!req.has("send_host") || Py.truthy(req.get("send_host")))) {
      lines.add("Host: " + ctx.hostport());
    }
    for (Map.Entry<String, String> h : headers) {
      lines.add(h.getKey() + ": " + h.getValue());
    }
    if (cookieHeader != null && !cookieHeader.isEmpty() && !names.contains("cookie")) {
      lines.add("Cookie: " + cookieHeader);
    }
    if (contentType != null && !names.contains("content-type")) {
      lines.add("Content-Type: " + contentType);
    }
    if (body != null && !names.contains("content-length") && !names.contains("transfer-encoding")) {
      lines.add("Content-Length: " + body.length);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    out.write(head, 0, head.length);
    if (body != null) {
      out.write(body, 0, body.length);
    }
    return new WireRequest(method, out.toByteArray());
  }

  private static byte[] multipart(JsonNode spec, String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, JsonNode> f : pairs(spec.get("fields"))) {
      write(
          out,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + f.getKey()
              + "\"\r\n\r\n");
      write(out, f.getValue().asText() + "\r\n");
    }
    JsonNode files = spec.get("files");
    if (files != null) {
      for (JsonNode f : files) {
        byte[] content =
            f.has("content_b64")
                ? base64(f.get("content_b64").asText())
                : (f.has("content") ? f.get("content").asText() : "")
                    .getBytes(StandardCharsets.UTF_8);
        String type =
            f.has("content_type") ? Py.str(f.get("content_type")) : "application/octet-stream";
        write(
            out,
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + Py.str(f.get("name"))
                + "\"; filename=\""
                + Py.str(f.get("filename"))
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n");
        out.write(content, 0, content.length);
        write(out, "\r\n");
      }
    }
    write(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    out.write(b, 0, b.length);
  }

  /**
   * check.py's {@code _header_pairs}: an object's entries, or a list of {@code [name, value]}
   * pairs.
   */
  static List<Map.Entry<String, JsonNode>> pairs(JsonNode headers) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    if (headers == null || headers.isNull()) {
      return out;
    }
    if (headers.isObject()) {
      for (Map.Entry<String, JsonNode> e : headers.properties()) {
        out.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
      }
      return out;
    }
    for (JsonNode pair : headers) {
      if (pair.size() != 2) {
        throw new IllegalArgumentException("a header or field pair must have two items: " + pair);
      }
      out.add(new AbstractMap.SimpleImmutableEntry<>(Py.str(pair.get(0)), pair.get(1)));
    }
    return out;
  }

  /** Python's lenient {@code base64.b64decode}: characters outside the alphabet are skipped. */
  static byte[] base64(String text) {
    return Base64.getMimeDecoder().decode(text);
  }

  private static int indexOf(byte[] data, byte b) {
    for (int i = 0; i < data.length; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] replace(byte[] data, byte[] what, byte[] with) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 16);
    int i = 0;
    while (i < data.length) {
      if (i + what.length <= data.length && regionMatches(data, i, what)) {
        out.write(with, 0, with.length);
        i += what.length;
      } else {
        out.write(data[i++]);
      }
    }
    return out.toByteArray();
  }

  private static boolean regionMatches(byte[] data, int at, byte[] what) {
    for (int k = 0; k < what.length; k++) {
      if (data[at + k] != what[k]) {
        return false;
      }
    }
    return true;
  }
}
