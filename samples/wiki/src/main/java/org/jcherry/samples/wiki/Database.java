package org.jcherry.samples.wiki;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the wiki keeps its rows: an embedded H2 file in the data directory by default, or the
 * PostgreSQL database of a {@code jdbc:postgresql:} URL when several instances share one site. The
 * schema is migrated by Flyway when the wiki starts.
 */
final class Database {
  private final DataSource source;

  private Database(DataSource source) {
    this.source = source;
  }

  /** Opens (and migrates) the database at {@code url}, or the H2 file under {@code dataDir}. */
  static Database open(String url, String user, String password, Path dataDir) {
    DataSource source;
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      pg.setPassword(password);
      source = pg;
    } else {
      String h2 = url != null ? url : "jdbc:h2:file:" + dataDir.resolve("wiki").toAbsolutePath();
      source =
          JdbcConnectionPool.create(
              h2, user == null ? "sa" : user, password == null ? "" : password);
    }
    Flyway.configure().dataSource(source).load().migrate();
    return new Database(source);
  }

  Connection connect() throws SQLException {
    return source.getConnection();
  }
}
