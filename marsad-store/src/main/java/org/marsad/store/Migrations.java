package org.marsad.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database's schema to the current version with the Flyway migrations in {@code
 * db/migration} (V1__..., never edited once released; a change is a new version), or a given
 * schema to a given version (a restore brings an older backup's data through the migrations in a
 * scratch schema, {@link ScratchSchema}). Stateless and thread-safe; Flyway itself serialises
 * concurrent migrations of one database.
 */
final class Migrations {

  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /**
   * Applies the pending migrations to the connections' current schema and returns how many ran.
   *
   * @param where which database this is, for the message when a migration fails
   * @throws IllegalStateException when a migration fails, or an applied one differs from ours
   */
  static int apply(DataSource dataSource, String where) {
    return migrate(configure(dataSource), where);
  }

  /**
   * Applies the pending migrations up to {@code target} to {@code schema}, which must exist (Flyway keeps its
   * history there, and runs the migrations with the schema first on the search path), and returns how many ran.
   *
   * @param target the last version to apply, or null for the latest
   * @param where which schema this is, for the message when a migration fails
   * @throws IllegalStateException when a migration fails, or an applied one differs from ours
   */
  static int apply(DataSource dataSource, String schema, String target, String where) {
    FluentConfiguration config = configure(dataSource).schemas(schema).createSchemas(false);
    return migrate(target == null ? config : config.target(target), where);
  }

  private static FluentConfiguration configure(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations(LOCATION).failOnMissingLocations(true);
  }

  private static int migrate(FluentConfiguration config, String where) {
    try {
      return config.load().migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new IllegalStateException(
          "cannot bring the schema of " + where + " up to date: " + e.getMessage(), e);
    }
  }
}
