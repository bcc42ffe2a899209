package org.jcherry.tools.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcherry.HTTPError;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.auth_digest} (before_handler, priority 1): HTTP Digest authentication (RFC 2617, MD5
 * and MD5-sess, qop {@code auth}) in {@code realm}, with {@code get_ha1} (a {@link GetHa1}) and the
 * server secret {@code key} that signs nonces. A nonce older than 600 seconds is answered with
 * {@code stale="true"}; a Digest header that cannot be parsed is a 400.
 */
public final class DigestAuth implements HookCallback {
  private static final long MAX_NONCE_AGE = 600;
  private static final List<String> ALGORITHMS = List.of("MD5", "MD5-SESS");

  private final String realm;
  private final GetHa1 getHa1;
  private final String key;
  private final String charsetParam;

  public DigestAuth(ToolArgs args) {
    this.realm = args.required("realm", String.class);
    this.getHa1 = args.required("get_ha1", GetHa1.class);
    this.key = args.required("key", String.class);
    String accept = args.string("accept_charset", "utf-8").toUpperCase(Locale.ROOT);
    this.charsetParam = accept.equals("ISO-8859-1") ? "" : ", charset=\"" + accept + "\"";
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    String header = request.headers().get("Authorization");
    if (header == null || !header.regionMatches(true, 0, "digest ", 0, 7)) {
      throw unauthorized(response, false);
    }
    Map<String, String> p = parse(header.substring(7));
    String username = p.get("username");
    String nonce = p.get("nonce");
    String uri = p.get("uri");
    String digest = p.get("response");
    String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
    String qop = p.get("qop");
    String cnonce = p.get("cnonce");
    String nc = p.get("nc");
    if (!ALGORITHMS.contains(algorithm)
        || username == null
        || p.get("realm") == null
        || nonce == null
        || uri == null
        || digest == null
        || (qop != null && (!qop.equals("auth") || cnonce == null || nc == null))
        || (qop == null && (cnonce != null || nc != null))) {
      throw new HTTPError(400, "The Authorization header could not be parsed.");
    }
    int colon = nonce.indexOf(':');
    if (colon < 0 || !nonce(nonce.substring(0, colon)).equals(nonce)) {
      throw unauthorized(response, false);
    }
    String ha1 = getHa1.ha1(realm, username);
    if (ha1 == null) {
      throw unauthorized(response, false);
    }
    if (algorithm.equals("MD5-SESS")) {
      ha1 = md5(ha1 + ":" + nonce + ":" + cnonce);
    }
    String ha2 = md5(request.method() + ":" + uri);
    String expected =
        md5(
            ha1
                + ":"
                + (qop != null
                    ? nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2
                    : nonce + ":" + ha2));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), digest.getBytes(StandardCharsets.US_ASCII))) {
      throw unauthorized(response, false);
    }
    if (stale(nonce.substring(0, colon))) {
      throw unauthorized(response, true);
    }
    request.setLogin(username);
  }

  private HTTPError unauthorized(Response response, boolean stale) {
    response
        .headers()
        .put(
            "WWW-Authenticate",
            "Digest realm=\""
                + realm
                + "\", nonce=\""
                + nonce(Long.toString(System.currentTimeMillis() / 1000))
                + "\", algorithm=\"MD5\", qop=\"auth\""
                + (stale ? ", stale=\"true\"" : "")
                + charsetParam);
    return new HTTPError(401, "You are not authorized to access that resource");
  }

  /**
   * {@code timestamp:md5(timestamp:realm:key)}: only this server can make one, and it shows its
   * age.
   */
  private String nonce(String timestamp) {
    return timestamp + ":" + md5(timestamp + ":" + realm + ":" + key);
  }

  private static boolean stale(String timestamp) {
    try {
      return Long.parseLong(timestamp) + MAX_NONCE_AGE <= System.currentTimeMillis() / 1000;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** {@code k=v, k="v, w"} pairs of a Digest header; a malformed list is a 400. */
  private static Map<String, String> parse(String params) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    int n = params.length();
    while (i < n) {
      while (i < n && (params.charAt(i) == ',' || params.charAt(i) == ' ')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int eq = params.indexOf('=', i);
      if (eq < 0) {
        throw new HTTPError(400, "The Authorization header could not be parsed.");
      }
      String name = params.substring(i, eq).trim().toLowerCase(Locale.ROOT);
      i = eq + 1;
      StringBuilder value = new StringBuilder();
      if (i < n && params.charAt(i) == '"') {
        i++;
        while (i < n && params.charAt(i) != '"') {
          if (params.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          value.append(params.charAt(i++));
        }
        if (i >= n) {
          throw new HTTPError(400, "The Authorization header could not be parsed.");
        }
        i++;
      } else {
        while (i < n && params.charAt(i) != ',') {
          value.append(params.charAt(i++));
        }
      }
      out.put(name, value.toString().trim());
    }
    return out;
  }

  static String md5(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
