package org.jcherry.samples.wiki;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One prepared query, its values bound by the caller and each row read into a record. */
final class Sql {
  private Sql() {}

  @FunctionalInterface
  interface Values {
    void bind(PreparedStatement s) throws SQLException;
  }

  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  static <T> List<T> query(Database db, String sql, Values values, Row<T> row) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      values.bind(s);
      return rows(s, row);
    }
  }

  /** The first row {@code sql} finds, if any. */
  static <T> Optional<T> first(Database db, String sql, Values values, Row<T> row)
      throws SQLException {
    return query(db, sql, values, row).stream().findFirst();
  }

  static <T> List<T> rows(PreparedStatement s, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(row.read(r));
      }
    }
    return out;
  }
}
