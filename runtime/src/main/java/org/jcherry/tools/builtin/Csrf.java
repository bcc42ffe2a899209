package org.jcherry.tools.builtin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jcherry.HTTPError;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.csrf} (before_handler, priority 40; not in CherryPy): cross-site request forgery
 * protection by a double-submit token. Every request through the tool gets a token, read from the
 * cookie {@code cookie} (default {@code csrf_token}) or, when that is missing or not one of ours,
 * made anew and set as that cookie ({@code HttpOnly}, {@code SameSite} = {@code samesite}, default
 * {@code Strict}, {@code Secure} with {@code secure}, {@code Path} = {@code path}, default {@code
 * /}). Pages put {@link #token(Request)} in a hidden form field named {@code field} (default {@code
 * csrf_token}) or scripts send it in the header {@code header} (default {@code X-CSRF-Token}).
 *
 * <p>A request whose method is not in {@code safe_methods} (default GET, HEAD, OPTIONS, TRACE) must
 * carry the cookie's token in the field or the header, or it is refused with a 403 before its
 * handler runs; the field is taken out of the parameters, so handlers never see it. A forger on
 * another site can make the browser send the cookie but cannot read it, so cannot echo it.
 */
public final class Csrf implements HookCallback {
  private static final String ATTRIBUTE = Csrf.class.getName() + ".token";
  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String cookie;
  private final String field;
  private final String header;
  private final List<String> safeMethods;
  private final String sameSite;
  private final boolean secure;
  private final String path;

  Csrf(ToolArgs args) {
    this.cookie = args.string("cookie", "csrf_token");
    this.field = args.string("field", "csrf_token");
    this.header = args.string("header", "X-CSRF-Token");
    this.safeMethods = args.strings("safe_methods", List.of("GET", "HEAD", "OPTIONS", "TRACE"));
    this.sameSite = args.string("samesite", "Strict");
    this.secure = args.bool("secure", false);
    this.path = args.string("path", "/");
    args.bool("debug", false);
  }

  /**
   * The token of this request, to put in a form's hidden field; {@code null} when {@code
   * tools.csrf} is not on for the request's path.
   */
  public static String token(Request request) {
    return (String) request.attribute(ATTRIBUTE);
  }

  @Override
  public void run(Request request, Response response) {
    String sent = request.cookies().value(cookie);
    boolean ours = sent != null && TOKEN.matcher(sent).matches();
    String token = ours ? sent : newToken();
    request.setAttribute(ATTRIBUTE, token);
    if (!ours) {
      response
          .cookies()
          .set(cookie, token)
          .path(path)
          .httpOnly(true)
          .secure(secure)
          .sameSite(sameSite);
    }
    Object fromForm = request.params().remove(field);
    if (safeMethods.contains(request.method())) {
      return;
    }
    String echoed = fromForm instanceof String ? (String) fromForm : request.headers().get(header);
    if (!ours || echoed == null || !constantTimeEquals(echoed, sent)) {
      throw new HTTPError(403, "The form's CSRF token is missing or wrong: reload the page.");
    }
  }

  private static String newToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
