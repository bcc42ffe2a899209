package org.jcherry.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jcherry.http.HeaderMap;

/**
 * A deliberately plain HTTP/1.1 client over a socket, CherryPy's {@code getPage}: every request is
 * sent exactly as written on a fresh connection ({@code Connection: close}), so tests can also send
 * malformed or HTTP/1.0 requests with {@link #raw}.
 */
public final class TestClient {
  private final String host;
  private final int port;

  public TestClient(String host, int port) {
    this.host = host;
    this.port = port;
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
    return request("GET", target, Map.of(), null);
  }

  public TestResponse head(String target) {
    return request("HEAD", target, Map.of(), null);
  }

  /** POSTs {@code form} urlencoded. */
  public TestResponse post(String target, Map<String, String> form) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : form.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return request(
        "POST",
        target,
        Map.of("Content-Type", "application/x-www-form-urlencoded"),
        sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Sends one request; {@code Content-Length} is added when there is a body. */
  public TestResponse request(
      String method, String target, Map<String, String> headers, byte[] body) {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    sb.append("Host: ").append(authority()).append("\r\n");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
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
    return raw(out.toByteArray(), "HEAD".equals(method));
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
