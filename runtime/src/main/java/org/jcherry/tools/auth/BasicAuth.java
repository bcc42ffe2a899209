package org.jcherry.tools.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import org.jcherry.HTTPError;
import org.jcherry.http.Charsets;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.auth_basic} (before_handler, priority 1): HTTP Basic authentication against {@code
 * checkpassword} (a {@link CheckPassword}) in {@code realm}; credentials are decoded with {@code
 * accept_charset} (default UTF-8), else ISO-8859-1. Success sets {@code request.login()}; no, wrong
 * or other-scheme credentials are a 401 with {@code WWW-Authenticate}; an Authorization header that
 * cannot be decoded is a 400.
 */
public final class BasicAuth implements HookCallback {
  private static final String FALLBACK = "ISO-8859-1";

  private final String realm;
  private final CheckPassword checkpassword;
  private final Charset charset;
  private final String challenge;

  public BasicAuth(ToolArgs args) {
    this.realm = args.required("realm", String.class);
    if (realm.contains("\"")) {
      throw new IllegalArgumentException(
          "tools.auth_basic.realm cannot contain the \" (quote) character.");
    }
    this.checkpassword = args.required("checkpassword", CheckPassword.class);
    String accept = args.string("accept_charset", "utf-8").toUpperCase(Locale.ROOT);
    this.charset = Charsets.lookup(accept);
    if (charset == null) {
      throw new IllegalArgumentException(
          "tools.auth_basic.accept_charset names no charset: " + accept);
    }
    args.bool("debug", false);
    this.challenge =
        "Basic realm=\""
            + realm
            + "\""
            + (accept.equals(FALLBACK) ? "" : ", charset=\"" + accept + "\"");
  }

  @Override
  public void run(Request request, Response response) {
    String header = request.headers().get("Authorization");
    if (header != null) {
      int space = header.indexOf(' ');
      if (space < 0) {
        throw new HTTPError(400, "Bad Request");
      }
      if (header.substring(0, space).equalsIgnoreCase("basic")) {
        String credentials = decode(header.substring(space + 1));
        int colon = credentials.indexOf(':');
        if (colon < 0) {
          throw new HTTPError(400, "Bad Request");
        }
        String user = credentials.substring(0, colon);
        if (checkpassword.check(realm, user, credentials.substring(colon + 1))) {
          request.setLogin(user);
          return;
        }
      }
    }
    response.headers().put("WWW-Authenticate", challenge);
    throw new HTTPError(401, "You are not authorized to access that resource");
  }

  private String decode(String encoded) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(encoded.trim());
    } catch (IllegalArgumentException e) {
      throw new HTTPError(400, "Bad Request");
    }
    String text;
    try {
      text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(raw, StandardCharsets.ISO_8859_1);
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
