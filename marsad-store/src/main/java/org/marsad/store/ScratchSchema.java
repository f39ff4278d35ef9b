package org.marsad.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * A schema of its own for one restore of an older backup ({@code restore_} and 16 random hex digits, so two
 * restores never meet): created empty, brought by the store's Flyway migrations to a given version, and dropped
 * with everything in it when closed. The random name is not injected: it never reaches stored data or output
 * other than an error message.
 *
 * <p>Needs: the store's data source (each step opens its own connection, as Flyway does). Gives: {@link #name()}.
 * Thread-safety: one restore uses it, from one thread.
 */
final class ScratchSchema implements AutoCloseable {

  static final String PREFIX = "restore_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;
  private final String name;

  private ScratchSchema(DataSource dataSource, String name) {
    this.dataSource = dataSource;
    this.name = name;
  }

  /** Creates the empty schema (committed: Flyway works on it through connections of its own). */
  static ScratchSchema create(DataSource dataSource) throws SQLException {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    String name = PREFIX + HexFormat.of().formatHex(bytes);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("create schema " + StoreTables.quote(name));
    }
    return new ScratchSchema(dataSource, name);
  }

  String name() {
    return name;
  }

  /**
   * Applies the store's migrations to this schema up to {@code version}, or all of them when it is null.
   *
   * @throws IllegalStateException when a migration fails
   */
  void migrate(String version) {
    Migrations.apply(dataSource, name, version, "the restore's scratch schema " + name);
  }

  /**
   * Drops the schema and everything in it.
   *
   * @throws IllegalStateException when it cannot be dropped; the message says how to drop it by hand
   */
  @Override
  public void close() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + StoreTables.quote(name) + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("the restore's scratch schema " + name + " could not be dropped ("
          + e.getMessage().replaceAll("\\s+", " ") + "); drop it with: drop schema " + name + " cascade", e);
    }
  }
}
