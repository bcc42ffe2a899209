package org.jcherry.samples.wiki;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The accounts table. */
final class Users {
  private final Database db;

  Users(Database db) {
    this.db = db;
  }

  /** Adds an account; {@code false} when the name is taken. */
  boolean register(String name, String password) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)")) {
      s.setString(1, name);
      s.setString(2, Passwords.hash(password));
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // integrity constraint: the name exists
      }
      throw e;
    }
  }

  /** Whether {@code name} exists and {@code password} is its password. */
  boolean check(String name, String password) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT password_hash FROM users WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && Passwords.matches(password, r.getString(1));
      }
    }
  }
}
