package org.marsad.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * A schema of its own for one restore of an older backup ({@code restore_} and 16 random hex digits, so two
 * restores never meet): created empty, brought by the store's Flyway migrations to a given version, and dropped
 * with everything in it when closed. The random name is not injected: it never reaches stored data or output
 * other than an error message.
 *
 * <p>A restore killed half way cannot drop its schema, so each schema carries {@link #COMMENT} and, while its
 * restore runs, a session advisory lock held by the restore's connection (it ends with that session, also when
 * the process is killed); creating a scratch schema first drops the abandoned ones: those with the comment whose
 * lock nobody holds. A schema without the comment is never touched.
 *
 * <p>Needs: the store's data source (the migrations and the final drop open connections of their own, as Flyway
 * does) and the restore's connection. Gives: {@link #name()}. Thread-safety: one restore uses it, from one thread.
 */
final class ScratchSchema implements AutoCloseable {

  static final String PREFIX = "restore_";
  static final String COMMENT = "Marsad restore scratch schema: dropped when its restore ends; one that a killed"
      + " restore left is dropped by the next restore of an older backup";
  /** The first key of the advisory locks (two int keys, a space apart from one-bigint locks such as Flyway's). */
  private static final int LOCK_SPACE = 0x4d525344; // "MRSD"
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;
  private final Connection owner;
  private final String name;

  private ScratchSchema(DataSource dataSource, Connection owner, String name) {
    this.dataSource = dataSource;
    this.owner = owner;
    this.name = name;
  }

  /**
   * Drops abandoned scratch schemas, then creates an empty one (committed: Flyway works on it through connections
   * of its own) whose lock {@code owner}'s session holds.
   *
   * @param owner the restore's connection, in auto-commit mode; open until this is closed
   */
  static ScratchSchema create(DataSource dataSource, Connection owner) throws SQLException {
    dropAbandoned(owner);
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    String name = PREFIX + HexFormat.of().formatHex(bytes);
    if (!lock(owner, name)) {
      throw new SQLException("the lock of the new scratch schema " + name + " is held by another session");
    }
    try (Statement s = owner.createStatement()) {
      s.execute("create schema " + StoreTables.quote(name));
      s.execute("comment on schema " + StoreTables.quote(name) + " is '" + COMMENT.replace("'", "''") + "'");
    }
    return new ScratchSchema(dataSource, owner, name);
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
   * Drops the schema and everything in it, and lets go of its lock.
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
    } finally {
      unlockQuietly(owner, name);
    }
  }

  /** Drops the scratch schemas whose restore ended without dropping them (their lock is free). */
  private static void dropAbandoned(Connection c) throws SQLException {
    List<String> candidates = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("select nspname from pg_namespace where nspname ~ ?"
        + " and obj_description(oid, 'pg_namespace') = ?")) {
      s.setString(1, "^" + PREFIX + "[0-9a-f]{16}$");
      s.setString(2, COMMENT);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          candidates.add(rs.getString(1));
        }
      }
    }
    for (String abandoned : candidates) {
      if (lock(c, abandoned)) { // no restore holds it
        try (Statement s = c.createStatement()) {
          s.execute("drop schema if exists " + StoreTables.quote(abandoned) + " cascade");
        } finally {
          unlockQuietly(c, abandoned);
        }
      }
    }
  }

  /** Takes the schema's session lock if no session holds it. */
  static boolean lock(Connection c, String schema) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
      s.setInt(1, LOCK_SPACE);
      s.setString(2, schema);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static void unlockQuietly(Connection c, String schema) {
    try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
      s.setInt(1, LOCK_SPACE);
      s.setString(2, schema);
      s.execute();
    } catch (SQLException e) {
      // the lock ends with the session anyway
    }
  }
}
