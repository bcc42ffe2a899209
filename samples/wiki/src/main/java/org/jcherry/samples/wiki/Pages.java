package org.jcherry.samples.wiki;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Pages and their revisions. Every statement is prepared: what users type is only ever a value. */
final class Pages {
  static final int PAGE_SIZE = 10;

  private final Database db;

  Pages(Database db) {
    this.db = db;
  }

  private static final String PAGE_COLUMNS =
      "SELECT id, name, current_rev, body, updated_at FROM pages";
  private static final String REVISION_COLUMNS =
      "SELECT rev, body, author, comment, created_at FROM revisions WHERE page_id = ?";

  Optional<Page> find(String name) throws SQLException {
    return Sql.first(db, PAGE_COLUMNS + " WHERE name = ?", s -> s.setString(1, name), Pages::page);
  }

  /** Page {@code number} (from 1) of all pages by name. */
  PageList list(int number) throws SQLException {
    return search(null, number);
  }

  /**
   * Page {@code number} of the pages whose name or text contains {@code query} (any case), or of
   * all pages when it is {@code null}.
   */
  PageList search(String query, int number) throws SQLException {
    String where =
        query == null
            ? ""
            : " WHERE LOWER(name) LIKE ? ESCAPE '!' OR LOWER(body) LIKE ? ESCAPE '!'";
    String pattern = query == null ? null : "%" + likeEscape(query.toLowerCase()) + "%";
    try (Connection c = db.connect()) {
      int total;
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pages" + where)) {
        bind(s, pattern);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          total = r.getInt(1);
        }
      }
      int count = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
      int n = Math.min(Math.max(number, 1), count);
      try (PreparedStatement s =
          c.prepareStatement(PAGE_COLUMNS + where + " ORDER BY name LIMIT ? OFFSET ?")) {
        int i = bind(s, pattern);
        s.setInt(i, PAGE_SIZE);
        s.setInt(i + 1, (n - 1) * PAGE_SIZE);
        return new PageList(Sql.rows(s, Pages::page), n, count);
      }
    }
  }

  List<Revision> revisions(Page page) throws SQLException {
    return Sql.query(
        db, REVISION_COLUMNS + " ORDER BY rev DESC", s -> s.setLong(1, page.id()), Pages::revision);
  }

  Optional<Revision> revision(Page page, int rev) throws SQLException {
    Sql.Values values =
        s -> {
          s.setLong(1, page.id());
          s.setInt(2, rev);
        };
    return Sql.first(db, REVISION_COLUMNS + " AND rev = ?", values, Pages::revision);
  }

  /**
   * Saves {@code body} as the revision after {@code baseRev} (0 for a new page). {@code false} when
   * someone else saved first: the edit was made on a revision that is no longer the current one.
   */
  boolean save(String name, String body, String author, String comment, int baseRev)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        long id;
        if (baseRev == 0) {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO pages (name, current_rev, body, updated_at) VALUES (?, 1, ?, ?)",
                  new String[] {"id"})) {
            s.setString(1, name);
            s.setString(2, body);
            s.setTimestamp(3, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
        } else {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE pages SET current_rev = ?, body = ?, updated_at = ?"
                      + " WHERE name = ? AND current_rev = ?")) {
            s.setInt(1, baseRev + 1);
            s.setString(2, body);
            s.setTimestamp(3, now);
            s.setString(4, name);
            s.setInt(5, baseRev);
            if (s.executeUpdate() != 1) {
              c.rollback();
              return false;
            }
          }
          id = find(c, name);
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO revisions (page_id, rev, body, author, comment, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
          s.setLong(1, id);
          s.setInt(2, baseRev + 1);
          s.setString(3, body);
          s.setString(4, author);
          s.setString(5, comment);
          s.setTimestamp(6, now);
          s.executeUpdate();
        }
        c.commit();
        return true;
      } catch (SQLException e) {
        c.rollback();
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
          return false; // a new page someone else created first
        }
        throw e;
      }
    }
  }

  /** Deletes a page with its revisions and attachments' rows; {@code false} if there was none. */
  boolean delete(String name) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement("DELETE FROM pages WHERE name = ?")) {
      s.setString(1, name);
      return s.executeUpdate() == 1;
    }
  }

  private static long find(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM pages WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static int bind(PreparedStatement s, String pattern) throws SQLException {
    if (pattern == null) {
      return 1;
    }
    s.setString(1, pattern);
    s.setString(2, pattern);
    return 3;
  }

  /** LIKE's wildcards typed by a user match themselves. */
  private static String likeEscape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static Page page(ResultSet r) throws SQLException {
    return new Page(
        r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getTimestamp(5).toInstant());
  }

  private static Revision revision(ResultSet r) throws SQLException {
    return new Revision(
        r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant());
  }
}
