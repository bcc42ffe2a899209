package org.jcherry.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcherry.http.HeaderMap;

/**
 * A deliberately plain HTTP/1.1 client over a socket, CherryPy's {@code getPage}: every request is
 * sent exactly as written on a fresh connection ({@code Connection: close}), so tests can also send
 * malformed or HTTP/1.0 requests with {@link #raw}.
 *
 * <p>For testing an app as a browser uses it, {@link #withCookies()} gives a client that keeps the
 * cookies its responses set and sends them back (so a session survives across requests), and {@link
 * #followingRedirects()} one that follows redirects. Every method takes extra headers; bodies may
 * be a form, multipart parts, JSON or bytes.
 */
public final class TestClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REDIRECTS = 10;

  private final String host;
  private final int port;

  /** Cookie name to value, in the order set; {@code null} for a client that keeps none. */
  private final Map<String, String> cookies;

  private final boolean followRedirects;

  public TestClient(String host, int port) {
    this(host, port, null, false);
  }

  private TestClient(String host, int port, Map<String, String> cookies, boolean followRedirects) {
    this.host = host;
    this.port = port;
    this.cookies = cookies;
    this.followRedirects = followRedirects;
  }

  /**
   * A client of the same server that keeps cookies, starting with none: what a response sets is
   * sent with every later request (path and domain are not checked; a cookie set with {@code
   * Max-Age=0} or an expiry in the past is dropped).
   */
  public TestClient withCookies() {
    return new TestClient(host, port, new LinkedHashMap<>(), followRedirects);
  }

  /**
   * A client that follows redirects to this server (up to ten): 301, 302 and 303 as a GET, 307 and
   * 308 with the same method and body. It shares this client's cookies.
   */
  public TestClient followingRedirects() {
    return new TestClient(host, port, cookies, true);
  }

  /** The cookies kept so far (empty for a client without a jar). */
  public Map<String, String> cookies() {
    return cookies == null ? Map.of() : Collections.unmodifiableMap(cookies);
  }

  /** {@code host:port}, the value of the Host header this client sends. */
  public String authority() {
    return host + ":" + port;
  }

  /** {@code http://host:port}. */
  public String base() {
    return "http://" + authority();
  }

  public TestResponse get(String target) {
    return get(target, Map.of());
  }

  public TestResponse get(String target, Map<String, String> headers) {
    return request("GET", target, headers, null);
  }

  public TestResponse head(String target) {
    return head(target, Map.of());
  }

  public TestResponse head(String target, Map<String, String> headers) {
    return request("HEAD", target, headers, null);
  }

  public TestResponse delete(String target, Map<String, String> headers) {
    return request("DELETE", target, headers, null);
  }

  /** POSTs {@code form} urlencoded. */
  public TestResponse post(String target, Map<String, String> form) {
    return post(target, form, Map.of());
  }

  /** POSTs {@code form} urlencoded, with {@code headers}. */
  public TestResponse post(String target, Map<String, String> form, Map<String, String> headers) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : form.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return send(
        "POST",
        target,
        "application/x-www-form-urlencoded",
        sb.toString().getBytes(StandardCharsets.UTF_8),
        headers);
  }

  /** POSTs {@code value} as JSON ({@code application/json}): a map, list, string, number... */
  public TestResponse postJson(String target, Object value) {
    return send("POST", target, "application/json", json(value), Map.of());
  }

  /** Sends {@code value} as a JSON body with {@code method} ({@code PUT}, {@code PATCH}...). */
  public TestResponse sendJson(
      String method, String target, Object value, Map<String, String> headers) {
    return send(method, target, "application/json", json(value), headers);
  }

  /** One file of a {@link #multipart} body. */
  public record FilePart(String field, String filename, String contentType, byte[] content) {}

  /** POSTs {@code fields} and {@code files} as {@code multipart/form-data}. */
  public TestResponse multipart(
      String target,
      Map<String, String> fields,
      List<FilePart> files,
      Map<String, String> headers) {
    String boundary = "jcherry-test-boundary-" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            part(
                body,
                boundary,
                "form-data; name=\"" + name + "\"",
                null,
                value.getBytes(StandardCharsets.UTF_8)));
    for (FilePart f : files) {
      part(
          body,
          boundary,
          "form-data; name=\"" + f.field() + "\"; filename=\"" + f.filename() + "\"",
          f.contentType(),
          f.content());
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return send(
        "POST", target, "multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
  }

  /** Sends {@code body} of {@code contentType} with {@code method}. */
  public TestResponse send(
      String method, String target, String contentType, byte[] body, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putIfAbsent("Content-Type", contentType);
    return request(method, target, all, body);
  }

  /**
   * Sends one request; {@code Content-Length} is added when there is a body, the kept cookies when
   * this client keeps them, and redirects are followed when it follows them.
   */
  public TestResponse request(
      String method, String target, Map<String, String> headers, byte[] body) {
    TestResponse r = once(method, target, headers, body);
    for (int hops = 0; followRedirects && isRedirect(r.status()); hops++) {
      if (hops == MAX_REDIRECTS) {
        throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects from " + target);
      }
      target = local(r.header("Location"));
      if (r.status() != 307 && r.status() != 308) {
        method = method.equals("HEAD") ? "HEAD" : "GET";
        body = null;
        Map<String, String> kept = new LinkedHashMap<>(headers);
        kept.remove("Content-Type");
        headers = kept;
      }
      r = once(method, target, headers, body);
    }
    return r;
  }

  private TestResponse once(
      String method, String target, Map<String, String> headers, byte[] body) {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    sb.append("Host: ").append(authority()).append("\r\n");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    if (cookies != null && !cookies.isEmpty() && !headers.containsKey("Cookie")) {
      StringBuilder c = new StringBuilder();
      cookies.forEach(
          (k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      sb.append("Cookie: ").append(c).append("\r\n");
    }
    if (body != null) {
      sb.append("Content-Length: ").append(body.length).append("\r\n");
    }
    sb.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    out.write(head, 0, head.length);
    if (body != null) {
      out.write(body, 0, body.length);
    }
    TestResponse r = raw(out.toByteArray(), "HEAD".equals(method));
    if (cookies != null) {
      keep(r);
    }
    return r;
  }

  /** Lays the response's {@code Set-Cookie} headers over the jar. */
  private void keep(TestResponse r) {
    for (String set : r.headers("Set-Cookie")) {
      String[] attributes = set.split(";");
      int eq = attributes[0].indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = attributes[0].substring(0, eq).trim();
      String value = attributes[0].substring(eq + 1).trim();
      if (expired(attributes)) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private static boolean expired(String[] attributes) {
    for (int i = 1; i < attributes.length; i++) {
      String a = attributes[i].trim();
      String lower = a.toLowerCase(Locale.ROOT);
      if (lower.startsWith("max-age=")) {
        return a.substring("max-age=".length()).trim().startsWith("-")
            || a.substring("max-age=".length()).trim().equals("0");
      }
      if (lower.startsWith("expires=")) {
        try {
          return ZonedDateTime.parse(
                  a.substring("expires=".length()).trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
              .isBefore(ZonedDateTime.now());
        } catch (DateTimeParseException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The request target of a {@code Location} on this server. */
  private String local(String location) {
    if (location == null) {
      throw new IllegalStateException("a redirect without a Location header");
    }
    String prefix = base();
    if (location.startsWith(prefix)) {
      String rest = location.substring(prefix.length());
      return rest.isEmpty() ? "/" : rest;
    }
    if (location.startsWith("/")) {
      return location;
    }
    throw new IllegalStateException("a redirect away from " + prefix + ": " + location);
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
    }
  }

  private static void part(
      ByteArrayOutputStream body,
      String boundary,
      String disposition,
      String contentType,
      byte[] content) {
    StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
    head.append("Content-Disposition: ").append(disposition).append("\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends {@code bytes} as they are and reads the response until the server closes. */
  public TestResponse raw(byte[] bytes, boolean headRequest) {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(20_000);
      OutputStream os = socket.getOutputStream();
      try {
        os.write(bytes);
        os.flush();
      } catch (IOException refused) {
        // The server may answer (413, 400) and close before it has read all of a large request;
        // what it answered is still there to read.
      }
      return read(socket.getInputStream(), headRequest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code text} as Latin-1 bytes. */
  public TestResponse raw(String text) {
    return raw(text.getBytes(StandardCharsets.ISO_8859_1), text.startsWith("HEAD "));
  }

  private static TestResponse read(InputStream in, boolean headRequest) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new IOException("the server closed the connection without answering");
    }
    String[] parts = statusLine.split(" ", 3);
    HeaderMap headers = new HeaderMap();
    String l;
    while ((l = line(in)) != null && !l.isEmpty()) {
      int colon = l.indexOf(':');
      headers.add(l.substring(0, colon).trim(), l.substring(colon + 1).trim());
    }
    byte[] body;
    int status = Integer.parseInt(parts[1]);
    if (headRequest || status == 204 || status == 304 || status < 200) {
      body = new byte[0];
    } else if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
      body = chunked(in);
    } else if (headers.get("Content-Length") != null) {
      body = in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
    } else {
      body = in.readAllBytes();
    }
    return new TestResponse(parts[0], status, parts.length > 2 ? parts[2] : "", headers, body);
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      if (size == null) {
        break;
      }
      int semi = size.indexOf(';');
      int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        while (true) {
          String trailer = line(in);
          if (trailer == null || trailer.isEmpty()) {
            break;
          }
        }
        break;
      }
      out.write(in.readNBytes(n));
      line(in);
    }
    return out.toByteArray();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    if (c < 0 && b.size() == 0) {
      return null;
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }
}
