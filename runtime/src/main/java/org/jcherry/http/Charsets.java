package org.jcherry.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jcherry.HTTPError;

/**
 * Charset names as CherryPy users write them ({@code utf8}, {@code latin-1}), mapped to Java
 * charsets.
 */
public final class Charsets {
  private Charsets() {}

  /** The charset named {@code name}, or {@code null} when Java does not know it. */
  public static Charset lookup(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (n) {
      case "utf8":
        n = "utf-8";
        break;
      case "utf-16":
      case "utf16":
        // Python's utf-16 writes a byte-order mark and little-endian units (Java's, big-endian).
        n = "x-UTF-16LE-BOM";
        break;
      case "latin-1":
      case "latin1":
      case "l1":
        n = "iso-8859-1";
        break;
      default:
        break;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The charsets to try for an entity: the one it declares first, then {@code defaults}. */
  public static List<String> attempts(String declared, List<String> defaults) {
    List<String> out = new ArrayList<>(defaults.size() + 1);
    if (declared != null && !declared.isEmpty()) {
      out.add(declared);
    }
    for (String c : defaults) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * {@code bytes} decoded with the first of {@code attempted} they are valid in.
   *
   * @throws HTTPError 400 when none decodes them
   */
  public static String decode(byte[] bytes, List<String> attempted) {
    for (String name : attempted) {
      Charset cs = lookup(name);
      String text = cs == null ? null : decodeStrict(bytes, cs);
      if (text != null) {
        return text;
      }
    }
    throw undecodable(attempted);
  }

  /** {@code bytes} decoded with {@code cs}, or {@code null} when they are not valid in it. */
  public static String decodeStrict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** CherryPy's 400 for an entity none of {@code attempted} decodes. */
  static HTTPError undecodable(List<String> attempted) {
    return new HTTPError(
        400,
        "The request entity could not be decoded. The following charsets were attempted: "
            + PythonText.list(attempted));
  }
}
