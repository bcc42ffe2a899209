package org.jcherry.samples.sessions;

import org.jcherry.Cherry;
import org.jcherry.Expose;
import org.jcherry.session.Session;

/** Session pages for the tool's tests; each mount configures tools.sessions its own way. */
public class Pages {
  @Expose
  public String count() {
    return Root.bump();
  }

  /**
   * Reads, waits, then writes the counter: lost updates unless the session's requests run one at a
   * time.
   */
  @Expose
  public String slow_count() throws InterruptedException {
    Session session = Cherry.session();
    int count = session.getInt("count", 0);
    Thread.sleep(20);
    session.put("count", count + 1);
    return "count=" + (count + 1);
  }

  /** As {@link #slow_count} with {@code locking = 'explicit'}: takes the lock itself. */
  @Expose
  public String locked_count() throws InterruptedException {
    Cherry.session().acquireLock();
    return slow_count();
  }

  /** Regenerates before reading: the counter read then is the new id's (none), as in CherryPy. */
  @Expose
  public String regenerate_count() {
    Cherry.session().regenerate();
    return Root.bump();
  }

  /** Deletes the stored data before reading it: the counter starts again. */
  @Expose
  public String delete_count() {
    Cherry.session().delete();
    return Root.bump();
  }

  @Expose
  public String id() {
    Session session = Cherry.session();
    return session.id() + " missing=" + session.isMissing() + " original=" + session.originalId();
  }

  /** The session injected as a parameter, beside a request parameter. */
  @Expose
  public String injected(Session session, String add) {
    session.put("added", add);
    return "id=" + session.id() + " added=" + session.get("added");
  }

  @Expose
  public String put_object() {
    Cherry.session().put("thing", new Object());
    return "stored";
  }

  @Expose
  public String put_values() {
    Session session = Cherry.session();
    session.put("text", "héllo");
    session.put("big", 5_000_000_000L);
    session.put("list", java.util.List.of("a", 1, true));
    session.put("map", java.util.Map.of("k", 2.5));
    return "stored";
  }

  @Expose
  public String values() {
    Session session = Cherry.session();
    return session.get("text")
        + " "
        + session.getLong("big", 0)
        + " "
        + session.get("list")
        + " "
        + session.get("map");
  }

  @Expose
  public String login() {
    Session session = Cherry.session();
    session.put("user", "ada");
    session.regenerate();
    return "welcome";
  }

  @Expose
  public String user() {
    return "user=" + Cherry.session().getString("user", "-");
  }
}
