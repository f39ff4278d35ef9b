package org.marsad.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.marsad.core.source.SecretUrls;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server reached by JDBC URL. Needs the server to be up when connecting; checks it
 * once, so a wrong URL or password fails at start-up with the reason. Thread-safe; closing does
 * nothing to the server.
 */
final class ServerDatabase implements Database {

  private final PGSimpleDataSource dataSource;
  private final String description;
  private final String url;

  private ServerDatabase(PGSimpleDataSource dataSource, String description, String url) {
    this.dataSource = dataSource;
    this.description = description;
    this.url = url;
  }

  static ServerDatabase connect(String url) {
    String shown = SecretUrls.redact(url);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    try {
      ds.setURL(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + shown, e);
    }
    ds.setApplicationName("marsad");
    try (Connection c = ds.getConnection()) {
      if (!c.isValid(5)) {
        throw new SQLException("the connection is not valid");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot connect to PostgreSQL at " + shown + ": " + e.getMessage(), e);
    }
    return new ServerDatabase(ds, "PostgreSQL server " + shown, url);
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public String jdbcUrl() {
    return url;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void close() {
    // Connections are opened per use and closed by their users; the server is not ours to stop.
  }
}
