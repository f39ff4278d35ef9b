package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The steps both restores share ({@link StoreBackup} for a backup of the store's schema version,
 * {@link OlderBackupRestore} for an older one): checking that tables and columns fit, refusing a store that
 * holds data, emptying the tables for a restore, copying a backup's tables in, and moving identity sequences past
 * the restored values. Each works on the schema the connection's search path names.
 *
 * <p>Needs: an open connection, in a transaction where it changes anything. Thread-safety: stateless.
 */
final class RestoreSteps {

  private RestoreSteps() {}

  /**
   * Refuses a backup whose tables and columns are not those of {@code tables}.
   *
   * @param whose whose tables these are, for the message, e.g. {@code this store's}
   * @throws IllegalArgumentException naming both lists
   */
  static void requireSameTables(BackupManifest manifest, List<StoreTables.Table> tables, String whose,
      String shortName) {
    List<String> found = manifest.tables().stream().map(t -> t.name() + t.columns()).sorted().toList();
    requireSame(found, tables, "the backup's tables and columns differ from " + whose + ": backup ", shortName);
  }

  /**
   * Refuses when {@code found} (sorted {@code name[columns]}) differs from {@code tables}.
   *
   * @throws IllegalArgumentException with {@code message}, then {@code found}, {@code shortName} and the tables
   */
  static void requireSame(List<String> found, List<StoreTables.Table> tables, String message, String shortName) {
    List<String> expected = tables.stream().map(t -> t.name() + t.columns()).sorted().toList();
    if (!expected.equals(found)) {
      throw new IllegalArgumentException(message + found + ", " + shortName + " " + expected);
    }
  }

  /** Refuses when any of {@code tables} holds a row. */
  static void requireEmpty(Statement s, List<StoreTables.Table> tables) throws SQLException {
    for (StoreTables.Table t : tables) {
      try (ResultSet rs = s.executeQuery("select exists (select 1 from " + StoreTables.quote(t.name()) + ")")) {
        rs.next();
        if (rs.getBoolean(1)) {
          throw new IllegalArgumentException("the store is not empty (table " + t.name()
              + " holds rows); restore --force replaces everything it holds");
        }
      }
    }
  }

  /**
   * Empties {@code tables} and restarts their sequences, in the restore's transaction: it sets {@code
   * marsad.restore = 'on'} for that transaction alone, which the append-only audit log's triggers (V6) let
   * replace the log.
   */
  static void empty(Statement s, List<StoreTables.Table> tables) throws SQLException {
    s.execute("SET LOCAL marsad.restore = 'on'");
    s.execute("TRUNCATE " + String.join(", ", tables.stream().map(t -> StoreTables.quote(t.name())).toList())
        + " RESTART IDENTITY");
  }

  /**
   * Copies the backup's data of each of {@code tables} (parents first) in with COPY, checking its rows and
   * checksum again as it goes, and moves each table's identity sequences past the copied values.
   *
   * @return the rows copied
   * @throws IllegalArgumentException when the data changed since it was verified
   */
  static long copyIn(Connection c, ZipFile zip, BackupManifest manifest, List<StoreTables.Table> tables)
      throws SQLException, IOException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    long rows = 0;
    try (Statement s = c.createStatement()) {
      for (StoreTables.Table t : tables) {
        BackupManifest.TableEntry entry = manifest.tables().stream().filter(e -> e.name().equals(t.name()))
            .findFirst().orElseThrow();
        MessageDigest sha = StoreBackup.sha256();
        long copied;
        try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(entry.entryName())), sha)) {
          copied = copy.copyIn("COPY " + StoreTables.quote(t.name()) + " (" + t.quotedColumns() + ") FROM STDIN",
              in);
        }
        if (copied != entry.rows() || !HexFormat.of().formatHex(sha.digest()).equals(entry.sha256())) {
          throw new IllegalArgumentException("corrupt backup: table " + t.name() + " changed while read");
        }
        rows += copied;
        moveIdentities(s, t);
      }
    }
    return rows;
  }

  /** Sets each identity sequence of {@code t} so that its next value is past the largest in the table. */
  static void moveIdentities(Statement s, StoreTables.Table t) throws SQLException {
    for (String id : t.identity()) {
      s.execute("select setval(pg_get_serial_sequence('" + StoreTables.quote(t.name()).replace("'", "''")
          + "', '" + id.replace("'", "''") + "'), coalesce(max(" + StoreTables.quote(id) + "), 0) + 1, false)"
          + " from " + StoreTables.quote(t.name()));
    }
  }
}
