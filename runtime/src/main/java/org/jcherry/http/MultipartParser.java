package org.jcherry.http;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jcherry.HTTPError;

/**
 * Streams a {@code multipart/*} body (RFC 2046 §5.1, RFC 7578) into parameters, as CherryPy's
 * {@code _cpreqbody.process_multipart} does. A part without a {@code filename} is a form field and
 * becomes a {@code String}, decoded with the part's charset, then {@code us-ascii}, then {@code
 * utf-8}. A part with a {@code filename} (even an empty one) is an upload and becomes a {@link
 * Part}: in memory up to {@link #MAX_RAM_BYTES}, spooled to a temporary file beyond that. A part
 * without a {@code name} is filed under {@code "parts"}. Repeated names collect as lists.
 *
 * <p>What is accepted, as CherryPy accepts it: a preamble and an epilogue (both ignored); a
 * delimiter line {@code --boundary} with trailing spaces or tabs; a bare LF instead of CRLF before
 * a delimiter and on the delimiter line. Part header lines must end with CRLF (CherryPy refuses a
 * bare LF there too). Folded header lines are joined with one space. Header bytes are read as UTF-8
 * when they are valid UTF-8 (browsers send non-ASCII names that way), else as ISO-8859-1. A {@code
 * filename*=charset'lang'pct-encoded} parameter (RFC 5987) wins over {@code filename}; in a quoted
 * value {@code \"} and {@code \\} are escapes and any other backslash is kept (old browsers send
 * Windows paths unescaped). An empty body has no parts.
 *
 * <p>Where CherryPy answers 500 (a bad boundary, an unknown charset, a truncated body, a header
 * line without a colon), this parser answers 400 with a message saying what is wrong; where it
 * silently ignores a non-empty body without any delimiter, this parser answers 400 too. Limits,
 * each a 400 unless said otherwise: at most {@link #MAX_PARTS} parts; a header line at most {@link
 * #MAX_HEADER_LINE} bytes; one part's headers at most {@link #MAX_PART_HEADER_BYTES}; all parts'
 * headers together at most {@link #MAX_TOTAL_HEADER_BYTES}; text fields together at most {@link
 * #MAX_FIELD_BYTES} (a 413: large values belong in uploads); the whole body at most {@code
 * maxBytes} when that is positive (a 413). Whatever fails, the spool files this parse made are
 * deleted before the error leaves it.
 */
final class MultipartParser {
  /** CherryPy's {@code Part.maxrambytes}: an upload larger than this is spooled to a file. */
  static final int MAX_RAM_BYTES = 1000;

  /** The most parts one body may have. */
  static final int MAX_PARTS = 1000;

  /** The longest part header line, without its CRLF. */
  static final int MAX_HEADER_LINE = 8 * 1024;

  /** The most header bytes (CRLFs included) of one part. */
  static final int MAX_PART_HEADER_BYTES = 16 * 1024;

  /** The most header bytes of all parts together. */
  static final int MAX_TOTAL_HEADER_BYTES = 1024 * 1024;

  /** The most bytes of all text fields together, which are held in memory. */
  static final long MAX_FIELD_BYTES = 16L * 1024 * 1024;

  /** The name under which parts without a name are filed (CherryPy's older {@code multipart}). */
  static final String UNNAMED = "parts";

  private static final Pattern BOUNDARY = Pattern.compile("[ -~]{0,200}[!-~]");
  private static final List<String> PART_CHARSETS = List.of("us-ascii", "utf-8");

  /** Spaces or tabs allowed after a delimiter (RFC 2046 transport padding). */
  private static final int MAX_PADDING = 1024;

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final byte[] CRLF = {'\r', '\n'};

  /** What a scan stopped at. */
  private enum Stop {
    NEXT_PART,
    CLOSE,
    END_OF_STREAM
  }

  /** Where the bytes of a part go. */
  private interface Sink {
    void write(byte[] b, int off, int len) throws IOException;
  }

  private static final Sink DISCARD = (b, off, len) -> {};

  private final InputStream in;
  private final String boundary;
  private final byte[] dashBoundary;
  private final long maxBytes;
  private final TempFiles temps;
  private final List<Path> created = new ArrayList<>();
  private final byte[] buf = new byte[BUFFER_SIZE];
  private int pos;
  private int lim;
  private boolean eof;
  private long total;
  private long headerBytes;
  private long fieldBytes;
  private Content open;

  private MultipartParser(InputStream in, String boundary, long maxBytes, TempFiles temps) {
    this.in = in;
    this.boundary = boundary;
    this.dashBoundary = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    this.maxBytes = maxBytes;
    this.temps = temps;
  }

  /**
   * Reads the multipart body {@code in}, whose Content-Type is {@code type}, into {@code into}.
   * Every spool file made is registered with {@code temps}, whose owner deletes them when the
   * request ends.
   *
   * @param maxBytes the most body bytes to read, or 0 for no limit
   * @throws HTTPError 400 for a malformed body, 413 for one too large
   * @throws IOException when a spool file cannot be written
   */
  static void parse(
      InputStream in, HeaderElements.Element type, long maxBytes, Params into, TempFiles temps)
      throws IOException {
    MultipartParser parser = new MultipartParser(in, boundaryOf(type), maxBytes, temps);
    try {
      parser.run(into);
    } catch (IOException | RuntimeException | Error e) {
      parser.discardFiles();
      throw e;
    }
  }

  private static String boundaryOf(HeaderElements.Element type) {
    String b = type.params().getOrDefault("boundary", "");
    int start = 0;
    int end = b.length();
    while (start < end && b.charAt(start) == '"') {
      start++;
    }
    while (end > start && b.charAt(end - 1) == '"') {
      end--;
    }
    b = b.substring(start, end);
    if (!BOUNDARY.matcher(b).matches()) {
      throw new HTTPError(
          400,
          "Invalid boundary in multipart form: '"
              + b
              + "'. The Content-Type needs a boundary parameter of 1 to"
              + " 201 printable ASCII characters, not ending with a space.");
    }
    return b;
  }

  private void run(Params into) throws IOException {
    Stop stop = scan(DISCARD);
    if (stop == Stop.END_OF_STREAM) {
      if (total == 0) {
        return;
      }
      throw bad("The multipart body has no boundary line '--" + boundary + "'.");
    }
    int count = 0;
    while (stop == Stop.NEXT_PART) {
      if (++count > MAX_PARTS) {
        throw bad("The multipart body has more than " + MAX_PARTS + " parts.");
      }
      HeaderMap headers = readHeaders();
      Map<String, String> disposition = dispositionParams(headers.get("Content-Disposition"));
      String name = disposition.getOrDefault("name", UNNAMED);
      String filename = filenameOf(disposition);
      Content content = new Content(filename != null);
      open = content;
      stop = scan(content);
      content.close();
      open = null;
      if (stop == Stop.END_OF_STREAM) {
        throw bad("The multipart body ended before its closing boundary '--" + boundary + "--'.");
      }
      String contentType = headers.get("Content-Type", "text/plain").trim();
      if (filename == null) {
        into.add(name, decodeField(content.memory.toByteArray(), contentType));
      } else {
        byte[] bytes = content.file == null ? content.memory.toByteArray() : null;
        into.add(
            name,
            new Part(
                name, filename, contentType, headers, bytes, content.file, content.size, temps));
      }
    }
    // The epilogue is read and dropped; it counts towards maxBytes, as in CherryPy.
    while (fill(1)) {
      pos = lim;
    }
  }

  /**
   * Copies bytes to {@code sink} up to the next delimiter line, which is consumed. The line break
   * before a delimiter belongs to the delimiter.
   */
  private Stop scan(Sink sink) throws IOException {
    boolean lineStart = true;
    int heldBreak = 0;
    while (true) {
      if (lineStart) {
        Stop stop = delimiter();
        if (stop != null) {
          return stop;
        }
        sink.write(CRLF, 2 - heldBreak, heldBreak);
        heldBreak = 0;
        lineStart = false;
      }
      if (pos == lim && !fill(1)) {
        return Stop.END_OF_STREAM;
      }
      int nl = indexOfNewline(pos);
      if (nl >= 0) {
        int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
        sink.write(buf, pos, end - pos);
        heldBreak = nl + 1 - end;
        pos = nl + 1;
        lineStart = true;
      } else if (lim - pos == 1 && buf[pos] == '\r') {
        // A CR alone at the end of what was read: it may be half of a CRLF.
        if (!fill(2)) {
          return Stop.END_OF_STREAM;
        }
      } else {
        int end = buf[lim - 1] == '\r' ? lim - 1 : lim;
        sink.write(buf, pos, end - pos);
        pos = end;
      }
    }
  }

  /**
   * At the start of a line: consumes a delimiter line and says which it was, or returns {@code
   * null} and consumes nothing.
   */
  private Stop delimiter() throws IOException {
    int n = dashBoundary.length;
    if (!fill(n)) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (buf[pos + i] != dashBoundary[i]) {
        return null;
      }
    }
    int off = n;
    boolean close = fill(off + 2) && buf[pos + off] == '-' && buf[pos + off + 1] == '-';
    if (close) {
      off += 2;
    }
    int padEnd = n + 2 + MAX_PADDING;
    while (off < padEnd && fill(off + 1) && (buf[pos + off] == ' ' || buf[pos + off] == '\t')) {
      off++;
    }
    if (!fill(off + 1)) {
      // A delimiter ending exactly at the end of the stream ends the body, closed or not: CherryPy
      // stops when its reader has the whole Content-Length (its tutorial 09 test sends one).
      pos += off;
      return Stop.CLOSE;
    } else if (buf[pos + off] == '\n') {
      off++;
    } else if (buf[pos + off] == '\r' && fill(off + 2) && buf[pos + off + 1] == '\n') {
      off += 2;
    } else {
      return null;
    }
    pos += off;
    return close ? Stop.CLOSE : Stop.NEXT_PART;
  }

  /** Reads one part's header block, up to and including its empty line. */
  private HeaderMap readHeaders() throws IOException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    int partBytes = 0;
    while (true) {
      byte[] line = readHeaderLine();
      partBytes += line.length + 2;
      headerBytes += line.length + 2;
      if (partBytes > MAX_PART_HEADER_BYTES) {
        throw bad("A multipart part has more than " + MAX_PART_HEADER_BYTES + " bytes of headers.");
      }
      if (headerBytes > MAX_TOTAL_HEADER_BYTES) {
        throw bad(
            "The multipart body has more than "
                + MAX_TOTAL_HEADER_BYTES
                + " bytes of part headers.");
      }
      if (line.length == 0) {
        break;
      }
      String text = headerText(line);
      char first = text.charAt(0);
      if (first == ' ' || first == '\t') {
        if (values.isEmpty()) {
          throw bad("A multipart part's headers begin with a continuation line.");
        }
        int last = values.size() - 1;
        values.set(last, values.get(last) + " " + text.trim());
        continue;
      }
      int colon = text.indexOf(':');
      String name = colon < 0 ? "" : text.substring(0, colon).trim();
      if (name.isEmpty()) {
        throw bad("Malformed multipart part header line: '" + text + "'.");
      }
      names.add(name);
      values.add(text.substring(colon + 1).trim());
    }
    HeaderMap headers = new HeaderMap();
    for (int i = 0; i < names.size(); i++) {
      headers.add(names.get(i), values.get(i));
    }
    return headers;
  }

  /** One header line without its CRLF. */
  private byte[] readHeaderLine() throws IOException {
    int scanned = 0;
    while (true) {
      int nl = indexOfNewline(pos + scanned);
      if (nl >= 0) {
        if (nl == pos || buf[nl - 1] != '\r') {
          throw bad("Multipart part header lines must end with CRLF; a bare LF was found.");
        }
        int length = nl - 1 - pos;
        if (length > MAX_HEADER_LINE) {
          break;
        }
        byte[] line = new byte[length];
        System.arraycopy(buf, pos, line, 0, length);
        pos = nl + 1;
        return line;
      }
      scanned = lim - pos;
      if (scanned > MAX_HEADER_LINE + 1) {
        break;
      }
      if (!fill(scanned + 1)) {
        throw bad("The multipart body ended inside a part's headers.");
      }
    }
    throw bad("A multipart part header line is longer than " + MAX_HEADER_LINE + " bytes.");
  }

  private int indexOfNewline(int from) {
    for (int i = from; i < lim; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Makes {@code n} bytes from {@code pos} available, reading more of the body as needed; false
   * when the body ends first.
   */
  private boolean fill(int n) {
    while (lim - pos < n) {
      if (eof) {
        return false;
      }
      if (buf.length - pos < n) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
      }
      int r;
      try {
        r = in.read(buf, lim, buf.length - lim);
      } catch (IOException e) {
        HTTPError error = bad("The request body could not be read to its end: " + e.getMessage());
        error.initCause(e);
        throw error;
      }
      if (r < 0) {
        eof = true;
        return false;
      }
      lim += r;
      total += r;
      if (maxBytes > 0 && total > maxBytes) {
        // request.body.maxbytes: CherryPy's plain 413 page.
        throw new HTTPError(413);
      }
    }
    return true;
  }

  /** A part's bytes: in memory, or for an upload past {@link #MAX_RAM_BYTES}, in a spool file. */
  private final class Content implements Sink {
    private final boolean upload;
    ByteArrayOutputStream memory = new ByteArrayOutputStream();
    Path file;
    long size;
    private OutputStream out;

    Content(boolean upload) {
      this.upload = upload;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      size += len;
      if (out != null) {
        out.write(b, off, len);
        return;
      }
      if (!upload) {
        fieldBytes += len;
        if (fieldBytes > MAX_FIELD_BYTES) {
          throw new HTTPError(
              413,
              "The form fields of the multipart body exceed "
                  + MAX_FIELD_BYTES
                  + " bytes; send large values as file uploads.");
        }
      }
      memory.write(b, off, len);
      if (upload && size > MAX_RAM_BYTES) {
        file = Files.createTempFile("jcherry-upload-", ".part");
        created.add(file);
        temps.add(file);
        out = new BufferedOutputStream(Files.newOutputStream(file), 16 * 1024);
        memory.writeTo(out);
        memory = null;
      }
    }

    void close() throws IOException {
      if (out != null) {
        OutputStream o = out;
        out = null;
        o.close();
      }
    }
  }

  /**
   * Closes and deletes the spool files of this parse (on failure; they are listed in temps too).
   */
  private void discardFiles() {
    try {
      if (open != null) {
        open.close();
      }
    } catch (IOException e) {
      // Deleting it is what matters.
    }
    for (Path p : created) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // temps still lists it; the request's clean-up tries again.
      }
    }
  }

  private static String decodeField(byte[] bytes, String contentType) {
    HeaderElements.Element ct = HeaderElements.parse(contentType);
    return Charsets.decode(
        bytes, Charsets.attempts(ct == null ? null : ct.params().get("charset"), PART_CHARSETS));
  }

  private static String headerText(byte[] line) {
    String utf8 = Charsets.decodeStrict(line, StandardCharsets.UTF_8);
    return utf8 != null ? utf8 : new String(line, StandardCharsets.ISO_8859_1);
  }

  /**
   * The parameters of a Content-Disposition value ({@code form-data; name="a"; filename="b"}),
   * names lower-cased, the first of a repeated name kept; empty when there is no header.
   */
  static Map<String, String> dispositionParams(String value) {
    Map<String, String> params = new LinkedHashMap<>();
    if (value == null) {
      return params;
    }
    int n = value.length();
    int i = value.indexOf(';');
    while (i >= 0 && i < n) {
      int start = i + 1;
      int j = start;
      while (j < n && value.charAt(j) != '=' && value.charAt(j) != ';') {
        j++;
      }
      String key = value.substring(start, j).trim().toLowerCase(Locale.ROOT);
      if (j >= n || value.charAt(j) == ';') {
        if (!key.isEmpty()) {
          params.putIfAbsent(key, "");
        }
        i = j;
        continue;
      }
      j = skipSpaces(value, j + 1);
      StringBuilder v = new StringBuilder();
      if (j < n && value.charAt(j) == '"') {
        j = quoted(value, j + 1, v);
        j = value.indexOf(';', j);
      } else {
        int semi = value.indexOf(';', j);
        v.append(value.substring(j, semi < 0 ? n : semi).trim());
        j = semi;
      }
      if (!key.isEmpty()) {
        params.putIfAbsent(key, v.toString());
      }
      i = j;
    }
    return params;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Appends a quoted string's content from {@code i} (just past its quote); returns the index past
   * its end.
   */
  private static int quoted(String s, int i, StringBuilder out) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
        c = s.charAt(++i);
      }
      out.append(c);
      i++;
    }
    throw bad(
        "Malformed Content-Disposition in a multipart part: a quoted value has no closing quote.");
  }

  /**
   * The upload's file name: {@code filename*} (RFC 5987) when given, else {@code filename}; null
   * for a field.
   */
  private static String filenameOf(Map<String, String> disposition) {
    String ext = disposition.get("filename*");
    if (ext == null) {
      return disposition.get("filename");
    }
    int q1 = ext.indexOf('\'');
    int q2 = q1 < 0 ? -1 : ext.indexOf('\'', q1 + 1);
    Charset cs = q2 < 0 ? null : Charsets.lookup(ext.substring(0, q1));
    if (cs == null) {
      throw bad(
          "Malformed filename* in a multipart part: '"
              + ext
              + "'; expected charset'language'percent-encoded-name.");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder name = new StringBuilder();
    for (int i = q2 + 1; i < ext.length(); i++) {
      char c = ext.charAt(i);
      if (c != '%') {
        name.append(new String(bytes.toByteArray(), cs)).append(c);
        bytes.reset();
        continue;
      }
      int hi = i + 2 < ext.length() ? Character.digit(ext.charAt(i + 1), 16) : -1;
      int lo = hi < 0 ? -1 : Character.digit(ext.charAt(i + 2), 16);
      if (lo < 0) {
        throw bad(
            "Malformed filename* in a multipart part: '" + ext + "' has a bad percent escape.");
      }
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    return name.append(new String(bytes.toByteArray(), cs)).toString();
  }

  private static HTTPError bad(String message) {
    return new HTTPError(400, message);
  }
}
