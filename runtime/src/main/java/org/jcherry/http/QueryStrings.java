package org.jcherry.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jcherry.HTTPError;

/**
 * Parses query strings and urlencoded bodies as CherryPy does: pairs split on {@code &} and {@code
 * ;}, blank values kept, {@code +} as space, percent-escapes decoded in the given charset; a
 * server-side image map query ({@code ?12,34}) gives {@code x} and {@code y}.
 */
public final class QueryStrings {
  private QueryStrings() {}

  /**
   * Adds the parameters of query string {@code qs}, decoded with {@code charset} (named {@code
   * encoding} in config), to {@code params}, replacing values of the same name as CherryPy's {@code
   * params.update}. Undecodable text is a 404, CherryPy's answer.
   */
  public static void parseInto(String qs, String encoding, Charset charset, Params params) {
    if (qs == null || qs.isEmpty()) {
      return;
    }
    if (isImageMap(qs)) {
      int comma = qs.indexOf(',');
      int end = comma + 1;
      while (end < qs.length() && Character.isDigit(qs.charAt(end))) {
        end++;
      }
      params.put("x", qs.substring(0, comma));
      params.put("y", qs.substring(comma + 1, end));
      return;
    }
    try {
      parse(qs, charset, params, false, true);
    } catch (IllegalArgumentException e) {
      throw new HTTPError(
          404,
          "The given query string could not be processed. Query strings for this resource must be encoded with '"
              + encoding
              + "'.");
    }
  }

  /**
   * Parses urlencoded text into {@code into}, repeated names collected as lists.
   *
   * @throws IllegalArgumentException when an escape is malformed or the text does not decode
   */
  public static void parse(String text, Charset charset, Params into) {
    parse(text, charset, into, false, false);
  }

  /**
   * Parses a urlencoded request body as CherryPy does: as a query string, except that a {@code %}
   * without hex digits after it is dropped ({@code %ZZ} gives {@code ZZ}) and one hex digit before
   * the next {@code %} or the end is an escape too.
   *
   * @throws IllegalArgumentException when the text does not decode in {@code charset}
   */
  public static void parseBody(String text, Charset charset, Params into) {
    parse(text, charset, into, true, false);
  }

  /**
   * @param replace a name's first value here replaces what {@code into} held (a query string over
   *     the params popargs set, as CherryPy's {@code params.update}); later ones are added to it
   */
  private static void parse(
      String text, Charset charset, Params into, boolean body, boolean replace) {
    // The names this text replaced so far: most query strings name one or two, so no list for the
    // first.
    String first = null;
    List<String> more = null;
    int start = 0;
    int len = text.length();
    while (start <= len) {
      int end = start;
      int eq = -1;
      for (char c; end < len && (c = text.charAt(end)) != '&' && c != ';'; end++) {
        if (c == '=' && eq < 0) {
          eq = end;
        }
      }
      if (end > start) {
        String name = decode(text.substring(start, eq < 0 ? end : eq), charset, body);
        String value = eq < 0 ? "" : decode(text.substring(eq + 1, end), charset, body);
        if (replace && !name.equals(first) && (more == null || !more.contains(name))) {
          if (first == null) {
            first = name;
          } else {
            more = more == null ? new ArrayList<>(4) : more;
            more.add(name);
          }
          into.put(name, value);
        } else {
          into.add(name, value);
        }
      }
      start = end + 1;
    }
  }

  /** Decodes one urlencoded component; {@code body}: with a request body's lenient escapes. */
  private static String decode(String s, Charset charset, boolean body) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0 && isAscii(s)) {
      // Nothing to decode.
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%'
          && i + 2 < s.length()
          && Character.digit(s.charAt(i + 1), 16) >= 0
          && Character.digit(s.charAt(i + 2), 16) >= 0) {
        out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
        i += 2;
      } else if (c == '%' && body) {
        boolean oneDigit =
            i + 1 < s.length()
                && Character.digit(s.charAt(i + 1), 16) >= 0
                && (i + 2 == s.length() || s.charAt(i + 2) == '%');
        if (oneDigit) {
          out.write(Character.digit(s.charAt(++i), 16));
        }
      } else if (c < 0x100) {
        // Raw request text holds one byte per char (ISO-8859-1).
        out.write(c);
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not " + charset.name(), e);
    }
  }

  private static boolean isImageMap(String qs) {
    int i = 0;
    while (i < qs.length() && Character.isDigit(qs.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= qs.length() || qs.charAt(i) != ',') {
      return false;
    }
    return i + 1 < qs.length() && Character.isDigit(qs.charAt(i + 1));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
