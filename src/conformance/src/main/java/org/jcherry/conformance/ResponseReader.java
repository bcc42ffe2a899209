package org.jcherry.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one response the way check.py's {@code http.client.HTTPResponse} does, quirks included:
 * interim 100 responses are skipped; a status line must start with {@code HTTP/} and carry a
 * three-digit code; headers are parsed as Python's email parser does (continuation lines joined,
 * the value's leading blanks and trailing line break dropped); the body is empty for HEAD, 1xx, 204
 * and 304, chunked when Transfer-Encoding is {@code chunked}, Content-Length bytes when that is a
 * valid number, else everything up to the close. A short body keeps the bytes read before it ended
 * ({@code IncompleteRead}).
 */
final class ResponseReader {
  static final int MAX_LINE = 65536;
  static final int MAX_HEADERS = 100;

  /** An {@code http.client} exception: its Python class name and message. */
  static final class ClientError extends Exception {
    private static final long serialVersionUID = 1L;
    final String pythonType;

    ClientError(String pythonType, String message) {
      super(message);
      this.pythonType = pythonType;
    }

    String describe() {
      return pythonType + ": " + getMessage();
    }
  }

  /** IncompleteRead: the bytes read before the body ended early. */
  private static final class Incomplete extends Exception {
    private static final long serialVersionUID = 1L;
    final byte[] partial;

    Incomplete(byte[] partial) {
      super(null, null, false, false);
      this.partial = partial;
    }
  }

  private final InputStream in;
  private final byte[] buf = new byte[8192];
  private int pos;
  private int lim;
  private boolean eof;

  ResponseReader(InputStream in) {
    this.in = in;
  }

  /** Reads the response to a request sent with {@code method}. */
  static Observed read(InputStream in, String method) {
    return new ResponseReader(in).response(method);
  }

  Observed response(String method) {
    Observed obs = new Observed();
    String version;
    int status;
    String reason;
    List<Map.Entry<String, String>> headers;
    try {
      while (true) {
        String[] st = readStatus();
        version = st[0];
        status = Integer.parseInt(st[1]);
        reason = st[2];
        if (status != 100) {
          break;
        }
        readHeaderLines();
      }
      if (version.equals("HTTP/1.0") || version.equals("HTTP/0.9")) {
        obs.version = "HTTP/1.0";
      } else if (version.startsWith("HTTP/1.")) {
        obs.version = "HTTP/1.1";
      } else {
        throw new ClientError("UnknownProtocol", version);
      }
      headers = parseHeaders(readHeaderLines());
    } catch (ClientError e) {
      obs.version = null;
      obs.error = e.describe();
      return obs;
    } catch (IOException e) {
      obs.version = null;
      obs.error = describe(e);
      return obs;
    }
    obs.status = status;
    obs.reason = Py.strip(reason);
    obs.headers.addAll(headers);

    String te = obs.get("transfer-encoding");
    boolean chunked = te != null && te.toLowerCase(Locale.ROOT).equals("chunked");
    Long length = null;
    String cl = obs.get("content-length");
    if (cl != null && !cl.isEmpty() && !chunked) {
      BigInteger v = Py.parseInt(cl, 10);
      if (v != null && v.signum() >= 0) {
        length = v.bitLength() < 63 ? v.longValue() : Long.MAX_VALUE;
      }
    }
    if (status == 204
        || status == 304
        || (status >= 100 && status < 200)
        || "HEAD".equals(method)) {
      length = 0L;
    }
    try {
      if ("HEAD".equals(method)) {
        obs.body = new byte[0];
      } else if (chunked) {
        obs.body = readChunked();
      } else if (length == null) {
        obs.body = readToEnd();
      } else {
        obs.body = safeRead(length);
      }
    } catch (Incomplete e) {
      obs.body = e.partial;
      obs.error = "IncompleteRead after " + e.partial.length + " bytes";
    } catch (ClientError e) {
      obs.error = e.describe();
    } catch (IOException e) {
      obs.error = describe(e);
    }
    return obs;
  }

  static String describe(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return "TimeoutError: timed out";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  // ----------------------------------------------------------------- status and headers

  private String[] readStatus() throws IOException, ClientError {
    byte[] raw = readLine(MAX_LINE + 1);
    if (raw.length > MAX_LINE) {
      throw new ClientError(
          "LineTooLong", "got more than " + MAX_LINE + " bytes when reading status line");
    }
    String line = new String(raw, StandardCharsets.ISO_8859_1);
    if (line.isEmpty()) {
      throw new ClientError("RemoteDisconnected", "Remote end closed connection without response");
    }
    List<String> parts = Py.split(line, 2);
    String version;
    String status = "";
    String reason = "";
    if (parts.size() == 3) {
      version = parts.get(0);
      status = parts.get(1);
      reason = rawRest(line, 2);
    } else if (parts.size() == 2) {
      version = parts.get(0);
      status = parts.get(1);
    } else {
      version = "";
    }
    if (!version.startsWith("HTTP/")) {
      throw new ClientError("BadStatusLine", line);
    }
    BigInteger code = Py.parseInt(status, 10);
    if (code == null
        || code.compareTo(BigInteger.valueOf(100)) < 0
        || code.compareTo(BigInteger.valueOf(999)) > 0) {
      throw new ClientError("BadStatusLine", line);
    }
    return new String[] {version, code.toString(), reason};
  }

  /**
   * What Python's {@code line.split(None, 2)[2]} is: the text after the first two words, leading
   * whitespace dropped, trailing whitespace kept.
   */
  private static String rawRest(String line, int words) {
    int i = 0;
    int n = line.length();
    for (int w = 0; w < words; w++) {
      while (i < n && Py.isSpace(line.charAt(i))) {
        i++;
      }
      while (i < n && !Py.isSpace(line.charAt(i))) {
        i++;
      }
    }
    while (i < n && Py.isSpace(line.charAt(i))) {
      i++;
    }
    return line.substring(i);
  }

  private List<byte[]> readHeaderLines() throws IOException, ClientError {
    List<byte[]> lines = new ArrayList<>();
    while (true) {
      byte[] line = readLine(MAX_LINE + 1);
      if (line.length > MAX_LINE) {
        throw new ClientError(
            "LineTooLong", "got more than " + MAX_LINE + " bytes when reading header line");
      }
      lines.add(line);
      if (lines.size() > MAX_HEADERS) {
        throw new ClientError("HTTPException", "got more than " + MAX_HEADERS + " headers");
      }
      if (line.length == 0
          || (line.length == 1 && line[0] == '\n')
          || (line.length == 2 && line[0] == '\r' && line[1] == '\n')) {
        return lines;
      }
    }
  }

  /**
   * The header block as Python's {@code email.parser} (compat32 policy) reads it: lines split at
   * CRLF, CR or LF; parsing stops at the first line that is no header line; a line starting with a
   * blank continues the previous header; a leading colon or a {@code From } line is skipped.
   */
  static List<Map.Entry<String, String>> parseHeaders(List<byte[]> rawLines) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] l : rawLines) {
      all.write(l, 0, l.length);
    }
    String text = all.toString(StandardCharsets.ISO_8859_1);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        lines.add(text.substring(start, end));
        start = end;
        i = end - 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    List<String> headerLines = new ArrayList<>();
    for (String line : lines) {
      if (!isHeaderLine(line)) {
        break;
      }
      headerLines.add(line);
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    List<String> current = null;
    for (int idx = 0; idx < headerLines.size(); idx++) {
      String line = headerLines.get(idx);
      char first = line.charAt(0);
      if (first == ' ' || first == '\t') {
        if (current != null) {
          current.add(line);
        }
        continue;
      }
      if (current != null) {
        out.add(sourceParse(current));
        current = null;
      }
      if (line.startsWith("From ")) {
        if (idx == headerLines.size() - 1) {
          break;
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      current = new ArrayList<>();
      current.add(line);
    }
    if (current != null) {
      out.add(sourceParse(current));
    }
    return out;
  }

  /** email's headerRE: {@code ^(From |[\041-\071\073-\176]*:|[\t ])}. */
  private static boolean isHeaderLine(String line) {
    if (line.startsWith("From ") || line.startsWith(" ") || line.startsWith("\t")) {
      return true;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ':') {
        return true;
      }
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return false;
  }

  private static Map.Entry<String, String> sourceParse(List<String> sourceLines) {
    String first = sourceLines.get(0);
    int colon = first.indexOf(':');
    String name = first.substring(0, colon);
    String value = first.substring(colon + 1);
    int i = 0;
    while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
      i++;
    }
    StringBuilder v = new StringBuilder(value.substring(i));
    for (int k = 1; k < sourceLines.size(); k++) {
      v.append(sourceLines.get(k));
    }
    int end = v.length();
    while (end > 0 && (v.charAt(end - 1) == '\r' || v.charAt(end - 1) == '\n')) {
      end--;
    }
    return new AbstractMap.SimpleImmutableEntry<>(name, v.substring(0, end));
  }

  // ----------------------------------------------------------------- body

  private byte[] readChunked() throws IOException, ClientError, Incomplete {
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    Long left = null;
    try {
      while (true) {
        if (left == null || left == 0) {
          if (left != null) {
            safeRead(2);
          }
          byte[] line = readLine(MAX_LINE + 1);
          if (line.length > MAX_LINE) {
            throw new ClientError(
                "LineTooLong", "got more than " + MAX_LINE + " bytes when reading chunk size");
          }
          String size = new String(line, StandardCharsets.ISO_8859_1);
          int semi = size.indexOf(';');
          if (semi >= 0) {
            size = size.substring(0, semi);
          }
          BigInteger n = Py.parseInt(size, 16);
          if (n == null) {
            throw new Incomplete(new byte[0]);
          }
          if (n.signum() == 0) {
            discardTrailer();
            return value.toByteArray();
          }
          if (n.signum() < 0) {
            // Python then reads a negative amount (everything up to the close), then misses the
            // CRLF
            value.write(readToEnd());
            throw new Incomplete(value.toByteArray());
          }
          left = n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
        }
        byte[] chunk = safeRead(left);
        value.write(chunk, 0, chunk.length);
        left = 0L;
      }
    } catch (Incomplete e) {
      throw new Incomplete(value.toByteArray());
    }
  }

  private void discardTrailer() throws IOException, ClientError {
    while (true) {
      byte[] line = readLine(MAX_LINE + 1);
      if (line.length > MAX_LINE) {
        throw new ClientError(
            "LineTooLong", "got more than " + MAX_LINE + " bytes when reading trailer line");
      }
      if (line.length == 0
          || (line.length == 1 && line[0] == '\n')
          || (line.length == 2 && line[0] == '\r' && line[1] == '\n')) {
        return;
      }
    }
  }

  private byte[] safeRead(long n) throws IOException, Incomplete {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(n, 1 << 16));
    long want = n;
    while (want > 0) {
      if (pos == lim && !fill()) {
        throw new Incomplete(out.toByteArray());
      }
      int k = (int) Math.min(want, lim - pos);
      out.write(buf, pos, k);
      pos += k;
      want -= k;
    }
    return out.toByteArray();
  }

  private byte[] readToEnd() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (pos < lim || fill()) {
      out.write(buf, pos, lim - pos);
      pos = lim;
    }
    return out.toByteArray();
  }

  /** Python's {@code readline(limit)}: up to and including LF, at most {@code limit} bytes. */
  private byte[] readLine(int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    while (out.size() < limit) {
      if (pos == lim && !fill()) {
        break;
      }
      byte b = buf[pos++];
      out.write(b);
      if (b == '\n') {
        break;
      }
    }
    return out.toByteArray();
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    lim = n;
    return n > 0 || fill();
  }
}
