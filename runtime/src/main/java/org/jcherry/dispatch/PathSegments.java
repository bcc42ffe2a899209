package org.jcherry.dispatch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jcherry.HTTPError;

/**
 * Percent-decoding of request paths, as CherryPy sees them: the path info is decoded as UTF-8 but
 * keeps {@code %2F} encoded, so it never adds a segment; inside a segment {@code %2F} is a slash.
 */
public final class PathSegments {
  private PathSegments() {}

  /**
   * Decodes {@code raw}, keeping {@code %2F}. Malformed escapes and NUL bytes are a 400; bytes that
   * are not UTF-8 are read as ISO-8859-1, as CherryPy does.
   */
  public static String decodePath(String raw) {
    return isPlainAscii(raw) ? raw : decode(raw, true);
  }

  /**
   * The segments of a decoded path info (empty ones dropped, {@code %2F} turned into {@code /}),
   * then the virtual {@code index} segment the dispatcher appends.
   */
  public static List<String> withIndex(String pathInfo) {
    List<String> out = new ArrayList<>(8);
    boolean escapes = pathInfo.indexOf('%') >= 0;
    int start = 0;
    int len = pathInfo.length();
    while (start <= len) {
      int slash = pathInfo.indexOf('/', start);
      int end = slash < 0 ? len : slash;
      if (end > start) {
        String seg = pathInfo.substring(start, end);
        if (escapes && seg.indexOf('%') >= 0) {
          seg = seg.replace("%2F", "/").replace("%2f", "/");
        }
        out.add(seg);
      }
      start = end + 1;
    }
    out.add("index");
    return out;
  }

  private static String decode(String raw, boolean keepSlash) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw badPath();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw badPath();
        }
        int b = hi * 16 + lo;
        if (b == 0) {
          throw new HTTPError(400, "Malformed Request-URI: NUL byte in the path.");
        }
        if (keepSlash && b == '/') {
          bytes.write('%');
          bytes.write(Character.toUpperCase(raw.charAt(i + 1)));
          bytes.write(Character.toUpperCase(raw.charAt(i + 2)));
        } else {
          bytes.write(b);
        }
        i += 2;
      } else if (c < 0x100) {
        // Raw request text holds one byte per char (ISO-8859-1).
        if (c == 0) {
          throw badPath();
        }
        bytes.write(c);
      } else {
        byte[] enc = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(enc, 0, enc.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      // As CherryPy: a path that is not UTF-8 is taken as ISO-8859-1, which every byte decodes.
      return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
    }
  }

  private static boolean isPlainAscii(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' || c == 0 || c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static HTTPError badPath() {
    return new HTTPError(400, "Malformed Request-URI: bad percent-encoding in the path.");
  }
}
