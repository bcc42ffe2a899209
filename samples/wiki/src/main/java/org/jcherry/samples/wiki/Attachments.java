package org.jcherry.samples.wiki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files attached to pages: a row per file, and its bytes in {@code dir} under the row's id, so a
 * name a user gives ({@code ../../etc/passwd}) is only ever a value in the database.
 */
final class Attachments {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,119}");
  static final String RULE =
      "A file name is 1 to 120 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit.";

  private final Database db;
  private final Path dir;

  Attachments(Database db, Path dir) throws IOException {
    this.db = db;
    this.dir = Files.createDirectories(dir).toAbsolutePath();
  }

  /** The name a browser sent without its folders ({@code C:\x\a.txt} is {@code a.txt}). */
  static String baseName(String filename) {
    String s = filename == null ? "" : filename;
    return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).strip();
  }

  static boolean valid(String name) {
    return NAME.matcher(name).matches();
  }

  private static final String COLUMNS =
      "SELECT id, name, content_type, size, uploader FROM attachments WHERE page_id = ?";

  List<Attachment> of(Page page) throws SQLException {
    return Sql.query(
        db, COLUMNS + " ORDER BY name", s -> s.setLong(1, page.id()), Attachments::attachment);
  }

  Optional<Attachment> find(Page page, String name) throws SQLException {
    Sql.Values values =
        s -> {
          s.setLong(1, page.id());
          s.setString(2, name);
        };
    return Sql.first(db, COLUMNS + " AND name = ?", values, Attachments::attachment);
  }

  /** Where the bytes of {@code a} are. */
  Path file(Attachment a) {
    return dir.resolve(Long.toString(a.id()));
  }

  /** Stores a file (replacing one of the same name on the page). */
  void add(Page page, String name, String contentType, long size, InputStream bytes, String user)
      throws SQLException, IOException {
    find(page, name).ifPresent(this::remove);
    long id;
    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO attachments (page_id, name, content_type, size, uploader, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
      s.setLong(1, page.id());
      s.setString(2, name);
      s.setString(3, contentType);
      s.setLong(4, size);
      s.setString(5, user);
      s.setTimestamp(6, Timestamp.from(Instant.now()));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    Files.copy(bytes, dir.resolve(Long.toString(id)), StandardCopyOption.REPLACE_EXISTING);
  }

  private void remove(Attachment a) {
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement("DELETE FROM attachments WHERE id = ?")) {
      s.setLong(1, a.id());
      s.executeUpdate();
      Files.deleteIfExists(file(a));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not replace attachment " + a.name(), e);
    }
  }

  private static Attachment attachment(ResultSet r) throws SQLException {
    return new Attachment(
        r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5));
  }
}
