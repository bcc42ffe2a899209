package org.jcherry.samples.wiki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jcherry.Cherry;
import org.jcherry.HTTPRedirect;

/** Small things every form handler needs. */
final class Forms {
  private Forms() {}

  static boolean isPost() {
    return Cherry.request().method().equals("POST");
  }

  static String urlEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The logged-in user, or a 303 to the login form that comes back here. */
  static String requireUser() {
    String user = Cherry.session().getString(Chrome.USER, null);
    if (user == null) {
      Chrome.flash("Please log in first.");
      String back = Cherry.request().scriptName() + Cherry.request().pathInfo();
      throw new HTTPRedirect(Root_Urls.accountLogin(null, null, back), 303);
    }
    return user;
  }

  /** {@code next} if it is a path on this site, else the main page: no open redirect. */
  static String localTarget(String next) {
    boolean local =
        next != null
            && next.startsWith("/")
            && !next.startsWith("//")
            && next.indexOf('\\') < 0
            && next.chars().noneMatch(c -> c < 0x21);
    return local ? Cherry.url(next) : Root_Urls.wikiPageDefault(Wiki.MAIN_PAGE);
  }
}
