package org.marsad.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema to the current version with the Flyway migrations in {@code
 * db/migration} (V1__..., never edited once released; a change is a new version). Stateless and
 * thread-safe; Flyway itself serialises concurrent migrations of one database.
 */
final class Migrations {

  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /**
   * Applies the pending migrations and returns how many ran.
   *
   * @param where which database this is, for the message when a migration fails
   * @throws IllegalStateException when a migration fails, or an applied one differs from ours
   */
  static int apply(DataSource dataSource, String where) {
    try {
      return Flyway.configure()
          .dataSource(dataSource)
          .locations(LOCATION)
          .failOnMissingLocations(true)
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new IllegalStateException(
          "cannot bring the schema of " + where + " up to date: " + e.getMessage(), e);
    }
  }
}
