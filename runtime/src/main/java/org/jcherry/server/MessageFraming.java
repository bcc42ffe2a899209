package org.jcherry.server;

/**
 * A strict reader of HTTP/1.1 request framing (RFC 9112), run over every byte a connection receives
 * before Undertow's lenient parser sees it. It keeps no copy of the messages: it checks each byte
 * of the request line, the header fields and the chunked framing as it passes, remembers only the
 * few values that decide where a message ends ({@code Content-Length}, {@code Transfer-Encoding},
 * the version), and so knows where every message starts. The first fault ends the connection:
 * {@link #failure()} tells what to answer and {@link #cut()} how many bytes of the stream belong to
 * the messages before the faulty one, which are still served.
 *
 * <p>What it refuses: a request line that is not {@code token SP target SP HTTP/d.d} (400), a
 * version other than 1.0 and 1.1 (505), {@code CONNECT} (501: no tunnels), control bytes, DEL or a
 * bare CR in the target or a field (400), obs-fold and whitespace before a field's colon (400), a
 * {@code Transfer-Encoding} whose last coding is not chunked (400) or with codings besides chunked
 * (501), one beside a {@code Content-Length} or in HTTP/1.0 (400, RFC 9112 section 6.1 and 6.3),
 * conflicting or malformed lengths (400) and any chunk framing fault (400). A connection that opens
 * with the HTTP/2 preface is passed through unread. Bytes at or above 0x80 in the target and in
 * field values are let through (obs-text), as CherryPy takes raw UTF-8 targets.
 */
final class MessageFraming {
  /** What to answer a connection whose framing failed, and whether the fault is in a head. */
  record Failure(int status, String reason, String message, boolean inHead) {}

  private enum State {
    START,
    METHOD,
    TARGET,
    VERSION,
    LINE_LF,
    FIELD_START,
    FIELD_NAME,
    FIELD_VALUE,
    FIELD_LF,
    HEAD_LF,
    FIXED_BODY,
    CHUNK_SIZE,
    CHUNK_EXT,
    CHUNK_SIZE_LF,
    CHUNK_DATA,
    CHUNK_DATA_CR,
    CHUNK_DATA_LF,
    PASS_THROUGH,
    FAILED
  }

  private static final int MAX_SHORT = 32;
  private static final int MAX_FRAMING_VALUE = 512;
  private static final boolean[] TCHAR = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      TCHAR[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      TCHAR[c] = true;
      TCHAR[c - 32] = true;
    }
    for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
      TCHAR[c] = true;
    }
  }

  private State state = State.START;

  /** After a LINE_LF or FIELD_LF: where to go once the LF is there. */
  private State afterLf;

  private final StringBuilder shortText = new StringBuilder(MAX_SHORT);
  private String method;
  private boolean targetSeen;
  private boolean http10;
  private boolean firstMessage = true;
  private boolean inTrailer;

  /** Which framing field the current field is: 0 none, 1 Content-Length, 2 Transfer-Encoding. */
  private int fieldKind;

  private final StringBuilder fieldValue = new StringBuilder();
  private String contentLength;
  private StringBuilder transferEncoding;

  private long remaining;
  private int chunkDigits;

  private long position;
  private long heads;
  private long messageStart;
  private Failure failure;
  private long cut;

  /** How many request heads were read to their end. */
  long heads() {
    return heads;
  }

  /** The fault that ended the connection, or {@code null}. */
  Failure failure() {
    return failure;
  }

  /**
   * Once failed: the stream offset up to which bytes belong to sound messages. For a fault in a
   * head, where the faulty message starts; for one in a body, where the fault is.
   */
  long cut() {
    return cut;
  }

  /** Whether no message is under way: the last one ended and the next has not started. */
  boolean betweenMessages() {
    return state == State.START;
  }

  /**
   * Reads {@code len} bytes of {@code bytes} from {@code off}; returns how many it took, fewer than
   * {@code len} only when it failed (then {@link #failure()} is set).
   */
  int scan(byte[] bytes, int off, int len) {
    int i = 0;
    while (i < len) {
      int taken = bulk(bytes, off + i, len - i);
      if (taken == 0) {
        if (!step(bytes[off + i] & 0xff)) {
          return i;
        }
        taken = 1;
      }
      position += taken;
      i += taken;
    }
    return len;
  }

  /**
   * Takes the bytes from {@code off} that need no change of state, at once rather than byte by byte
   * through {@link #step}, and returns how many: all of them once the stream passes through, a
   * body's bytes short of its last one (they are not looked at), and the run of ordinary bytes of a
   * target or of a value that does not frame the message, which make up most of a head.
   */
  private int bulk(byte[] bytes, int off, int len) {
    if (state == State.PASS_THROUGH) {
      return len;
    }
    if (state == State.FIXED_BODY || state == State.CHUNK_DATA) {
      int skip = (int) Math.min(Math.max(remaining - 1, 0), len);
      remaining -= skip;
      return skip;
    }
    int n = 0;
    if (state == State.TARGET) {
      while (n < len && isTargetByte(bytes[off + n] & 0xff)) {
        n++;
      }
      targetSeen |= n > 0;
    } else if (state == State.FIELD_VALUE && fieldKind == 0) {
      while (n < len && isValueByte(bytes[off + n] & 0xff)) {
        n++;
      }
    }
    return n;
  }

  /** A byte of a request target: no space, control byte or DEL (obs-text passes). */
  private static boolean isTargetByte(int b) {
    return b >= 0x21 && b != 0x7f;
  }

  /** A byte of a field value: no control byte but tab, and no DEL (obs-text passes). */
  private static boolean isValueByte(int b) {
    return (b >= 0x20 || b == '\t') && b != 0x7f;
  }

  /** Reads one byte; false when it failed. */
  private boolean step(int b) {
    switch (state) {
      case START:
        if (b == '\r' || b == '\n') {
          // RFC 9112 section 2.2: empty lines before a request line are ignored.
          return true;
        }
        messageStart = position;
        state = State.METHOD;
        shortText.setLength(0);
        return method(b);
      case METHOD:
        return method(b);
      case TARGET:
        if (b == ' ') {
          if (!targetSeen) {
            return fail(400, "Bad Request", "Malformed Request-Line");
          }
          state = State.VERSION;
          shortText.setLength(0);
          return true;
        }
        if (b == '\r' || b == '\n') {
          return fail(400, "Bad Request", "Malformed Request-Line: no HTTP version");
        }
        if (!isTargetByte(b)) {
          return fail(400, "Bad Request", "Malformed Request-URI: a control character");
        }
        targetSeen = true;
        return true;
      case VERSION:
        if (b == '\r' || b == '\n') {
          if (!version()) {
            return false;
          }
          return lineEnd(b, State.FIELD_START);
        }
        if (shortText.length() >= MAX_SHORT || b < 0x21 || b > 0x7e) {
          return fail(400, "Bad Request", "Malformed Request-Line");
        }
        shortText.append((char) b);
        return true;
      case LINE_LF:
      case FIELD_LF:
      case HEAD_LF:
      case CHUNK_SIZE_LF:
        if (b != '\n') {
          return fail(400, "Bad Request", "A CR not followed by LF");
        }
        if (state == State.HEAD_LF) {
          return headEnd();
        }
        if (state == State.CHUNK_SIZE_LF) {
          return chunkSizeEnd();
        }
        state = afterLf;
        return true;
      case FIELD_START:
        if (b == '\r') {
          state = State.HEAD_LF;
          return true;
        }
        if (b == '\n') {
          return headEnd();
        }
        if (b == ' ' || b == '\t') {
          return fail(400, "Bad Request", "Folded header lines are not accepted");
        }
        state = State.FIELD_NAME;
        shortText.setLength(0);
        return fieldName(b);
      case FIELD_NAME:
        return fieldName(b);
      case FIELD_VALUE:
        if (b == '\r' || b == '\n') {
          fieldEnd();
          return lineEnd(b, State.FIELD_START);
        }
        if (!isValueByte(b)) {
          return fail(400, "Bad Request", "A control character in a header value");
        }
        if (fieldKind != 0) {
          if (fieldValue.length() >= MAX_FRAMING_VALUE) {
            return fail(400, "Bad Request", "Malformed framing header");
          }
          fieldValue.append((char) b);
        }
        return true;
      case FIXED_BODY:
        if (--remaining == 0) {
          messageEnd();
        }
        return true;
      case CHUNK_SIZE:
        int digit = Character.digit(b, 16);
        if (digit >= 0) {
          if (++chunkDigits > 15) {
            return failBody("Chunk size too large");
          }
          remaining = remaining * 16 + digit;
          return true;
        }
        if (chunkDigits == 0) {
          return failBody("Malformed chunk size");
        }
        if (b == ';' || b == ' ' || b == '\t') {
          state = State.CHUNK_EXT;
          return true;
        }
        return chunkSizeLineEnd(b);
      case CHUNK_EXT:
        if (b == '\r' || b == '\n') {
          return chunkSizeLineEnd(b);
        }
        if ((b < 0x20 && b != '\t') || b == 0x7f) {
          return failBody("A control character in a chunk extension");
        }
        return true;
      case CHUNK_DATA:
        if (--remaining == 0) {
          state = State.CHUNK_DATA_CR;
        }
        return true;
      case CHUNK_DATA_CR:
        if (b == '\r') {
          state = State.CHUNK_DATA_LF;
          return true;
        }
        if (b == '\n') {
          return chunkStart();
        }
        return failBody("Chunk data longer than its size, or not ended by CRLF");
      case CHUNK_DATA_LF:
        if (b != '\n') {
          return failBody("Chunk data not ended by CRLF");
        }
        return chunkStart();
      default:
        return false;
    }
  }

  private boolean method(int b) {
    if (b == ' ') {
      if (shortText.length() == 0) {
        return fail(400, "Bad Request", "Malformed Request-Line");
      }
      method = shortText.toString();
      targetSeen = false;
      state = State.TARGET;
      shortText.setLength(0);
      return true;
    }
    if (b >= 128 || !TCHAR[b]) {
      return fail(400, "Bad Request", "Malformed Request-Line");
    }
    if (shortText.length() < MAX_SHORT) {
      shortText.append((char) b);
    }
    return true;
  }

  /** Checks the version of the request line just read; the HTTP/2 preface passes through. */
  private boolean version() {
    String v = shortText.toString();
    if (firstMessage && method.equals("PRI") && v.equals("HTTP/2.0")) {
      state = State.PASS_THROUGH;
      return true;
    }
    if (v.length() != 8
        || !v.startsWith("HTTP/")
        || !Character.isDigit(v.charAt(5))
        || v.charAt(6) != '.'
        || !Character.isDigit(v.charAt(7))) {
      return fail(400, "Bad Request", "Malformed Request-Line: bad protocol");
    }
    if (!v.equals("HTTP/1.1") && !v.equals("HTTP/1.0")) {
      return fail(505, "HTTP Version Not Supported", "Cannot fulfill request");
    }
    if (method.equals("CONNECT")) {
      return fail(501, "Not Implemented", "CONNECT is not supported");
    }
    http10 = v.equals("HTTP/1.0");
    contentLength = null;
    transferEncoding = null;
    return true;
  }

  private boolean lineEnd(int b, State next) {
    if (state == State.PASS_THROUGH) {
      return true;
    }
    if (b == '\n') {
      state = next;
      return true;
    }
    afterLf = next;
    state = State.LINE_LF;
    return true;
  }

  private boolean fieldName(int b) {
    if (b == ':') {
      if (shortText.length() == 0) {
        return fail(400, "Bad Request", "A header with no name");
      }
      String name = shortText.toString();
      fieldKind =
          inTrailer
              ? 0
              : name.equalsIgnoreCase("content-length")
                  ? 1
                  : name.equalsIgnoreCase("transfer-encoding") ? 2 : 0;
      fieldValue.setLength(0);
      state = State.FIELD_VALUE;
      return true;
    }
    if (b >= 128 || !TCHAR[b]) {
      return fail(400, "Bad Request", "Illegal header name");
    }
    if (shortText.length() <= MAX_SHORT) {
      // Kept up to one past the longest framing name, so that a longer one never matches.
      shortText.append((char) b);
    }
    return true;
  }

  private void fieldEnd() {
    if (fieldKind == 1) {
      contentLength =
          contentLength == null ? fieldValue.toString() : contentLength + "," + fieldValue;
    } else if (fieldKind == 2) {
      if (transferEncoding == null) {
        transferEncoding = new StringBuilder();
      } else {
        transferEncoding.append(',');
      }
      transferEncoding.append(fieldValue);
    }
    fieldKind = 0;
  }

  /** The empty line after the fields: decides how the body, if any, is framed. */
  private boolean headEnd() {
    firstMessage = false;
    if (inTrailer) {
      inTrailer = false;
      messageEnd();
      return true;
    }
    heads++;
    if (transferEncoding != null) {
      if (contentLength != null) {
        return fail(400, "Bad Request", "Both Transfer-Encoding and Content-Length");
      }
      if (http10) {
        return fail(400, "Bad Request", "Transfer-Encoding in an HTTP/1.0 request");
      }
      String[] codings = transferEncoding.toString().split(",");
      String last = null;
      int chunked = 0;
      int others = 0;
      for (String c : codings) {
        String coding = c.trim();
        if (coding.isEmpty()) {
          continue;
        }
        last = coding;
        if (coding.equalsIgnoreCase("chunked")) {
          chunked++;
        } else {
          others++;
        }
      }
      if (last == null || !last.equalsIgnoreCase("chunked") || chunked > 1) {
        return fail(400, "Bad Request", "The last transfer coding must be chunked, once");
      }
      if (others > 0) {
        return fail(501, "Not Implemented", "Only the chunked transfer coding is supported");
      }
      return chunkStart();
    }
    if (contentLength != null) {
      long length = -1;
      for (String v : contentLength.split(",", -1)) {
        long n = digits(v.trim());
        if (n < 0 || (length >= 0 && n != length)) {
          return fail(400, "Bad Request", "Malformed Content-Length Header.");
        }
        length = n;
      }
      if (length > 0) {
        remaining = length;
        state = State.FIXED_BODY;
        return true;
      }
    }
    messageEnd();
    return true;
  }

  private static long digits(String v) {
    if (v.isEmpty() || v.length() > 18) {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private boolean chunkStart() {
    state = State.CHUNK_SIZE;
    remaining = 0;
    chunkDigits = 0;
    return true;
  }

  private boolean chunkSizeLineEnd(int b) {
    if (b == '\n') {
      return chunkSizeEnd();
    }
    if (b == '\r') {
      state = State.CHUNK_SIZE_LF;
      return true;
    }
    return failBody("Malformed chunk size");
  }

  private boolean chunkSizeEnd() {
    if (remaining == 0) {
      // The last chunk: trailer fields, then the empty line.
      inTrailer = true;
      state = State.FIELD_START;
      return true;
    }
    state = State.CHUNK_DATA;
    return true;
  }

  private void messageEnd() {
    state = State.START;
  }

  private boolean fail(int status, String reason, String message) {
    failure = new Failure(status, reason, message, !inBody());
    cut = inBody() ? position : messageStart;
    state = State.FAILED;
    return false;
  }

  private boolean failBody(String message) {
    return fail(400, "Bad Request", message);
  }

  private boolean inBody() {
    return inTrailer
        || state == State.FIXED_BODY
        || state == State.CHUNK_SIZE
        || state == State.CHUNK_EXT
        || state == State.CHUNK_SIZE_LF
        || state == State.CHUNK_DATA
        || state == State.CHUNK_DATA_CR
        || state == State.CHUNK_DATA_LF;
  }
}
