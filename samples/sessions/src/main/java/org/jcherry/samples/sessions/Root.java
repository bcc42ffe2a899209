package org.jcherry.samples.sessions;

import java.util.TreeSet;
import org.jcherry.AppRoot;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.session.Session;

/**
 * The port of the conformance app {@code sessions.py}: RAM sessions keyed by the {@code session_id}
 * cookie. The URL space, mounted at the site root:
 *
 * <pre>
 *   /                       index (sessions on, session not touched)
 *   /count                  increments session['count'], answers 'count=N'
 *   /put?key=&amp;value=        stores a value, answers 'stored KEY'
 *   /get?key=               answers 'KEY=VALUE' or 'KEY is missing'
 *   /keys                   sorted keys in the session
 *   /remember               stores the current id under 'first_id'
 *   /same                   'same' if the id equals 'first_id', else 'changed'
 *   /expire                 expires the session cookie
 *   /regenerate             regenerates the id without reading the session (its data is lost)
 *   /regenerate_kept        reads the session, then regenerates (data kept)
 *   /off/ping               sessions off below /off (no cookie)
 *   /alt/count              sessions with cookie name 'alt_sid', path '/alt'
 * </pre>
 *
 * {@code Root_Main --port P} serves it on 127.0.0.1:P in production mode.
 */
@AppRoot(config = {"environment = 'production'"})
@CpConfig({"tools.sessions.on = True", "tools.sessions.timeout = 60"})
public class Root {
  public final Off off = new Off();
  public final Alt alt = new Alt();

  /** Adds one to the session's counter and answers it. */
  static String bump() {
    Session session = Cherry.session();
    int count = session.getInt("count", 0) + 1;
    session.put("count", count);
    return "count=" + count;
  }

  @Expose
  public String index() {
    return "sessions index";
  }

  @Expose
  public String count() {
    return bump();
  }

  @Expose
  public String put(String key, @Default("") String value) {
    Cherry.session().put(key, value);
    return "stored " + key;
  }

  @Expose
  public String get(String key) {
    Session session = Cherry.session();
    if (session.containsKey(key)) {
      return key + "=" + session.get(key);
    }
    return key + " is missing";
  }

  @Expose
  public String keys() {
    return "keys=" + String.join(",", new TreeSet<>(Cherry.session().keys()));
  }

  @Expose
  public String remember() {
    Session session = Cherry.session();
    session.put("first_id", session.id());
    return "remembered";
  }

  @Expose
  public String same() {
    Session session = Cherry.session();
    return session.id().equals(session.get("first_id")) ? "same" : "changed";
  }

  @Expose
  public String expire() {
    Cherry.session().expire();
    return "expired";
  }

  /** The data is not read before regenerating, so the stored data is dropped with the old id. */
  @Expose
  public String regenerate() {
    Cherry.session().regenerate();
    return "regenerated";
  }

  /** Reading the session first loads its data, which is then saved under the new id. */
  @Expose
  public String regenerate_kept() {
    Session session = Cherry.session();
    int had = session.getInt("count", 0);
    session.regenerate();
    return "regenerated after reading count=" + had;
  }
}
