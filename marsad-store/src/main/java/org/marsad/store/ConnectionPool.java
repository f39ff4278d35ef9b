package org.marsad.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * A pool of connections over a {@link Database}'s data source, which opens a new connection (and so
 * a new PostgreSQL server process) per call: the store's repositories and the analysts' workspace
 * each keep one. Not instantiable.
 */
final class ConnectionPool {

  private ConnectionPool() {}

  /** A pool named {@code name} of at most {@code max} connections, keeping {@code minIdle} open. */
  static HikariDataSource over(DataSource dataSource, String name, int max, int minIdle) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setMaximumPoolSize(max);
    config.setMinimumIdle(minIdle);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }
}
