package org.jcherry.samples.wiki;

import org.jcherry.Cherry;
import org.jcherry.session.Session;
import org.jcherry.tools.builtin.Csrf;

/**
 * What every page's frame shows: its title, who is logged in, the form token and the flash message
 * a redirect left (taken from the session, so it shows once).
 */
record Chrome(String title, String user, String csrf, String flash) {
  static final String USER = "user";
  private static final String FLASH = "flash";

  /** The frame of the current request's page. */
  static Chrome of(String title) {
    Session s = Cherry.session();
    Object flash = s.remove(FLASH);
    return new Chrome(title, s.getString(USER, null), Csrf.token(Cherry.request()), (String) flash);
  }

  /** Leaves {@code message} for the next page this session sees. */
  static void flash(String message) {
    Cherry.session().put(FLASH, message);
  }
}
