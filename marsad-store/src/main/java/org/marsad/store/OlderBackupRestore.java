package org.marsad.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

/**
 * Restores a backup taken at an older schema version by bringing its data through the same Flyway migrations
 * the store went through, so that what later migrations add or change (new columns with their defaults, data
 * they rewrite) applies to it as it applied to the store:
 *
 * <ol>
 *   <li>a {@link ScratchSchema} is migrated to the backup's version, its tables and columns must be the
 *       backup's, and the backup's data is copied in (COPY, checked against the manifest again; identity
 *       sequences moved past it);
 *   <li>the scratch schema is migrated to the latest version, and its tables and columns must then be the
 *       store's;
 *   <li>in one transaction, the store's tables are emptied and filled from the scratch schema's (parents first,
 *       identity values kept, sequences moved past them), as a restore of the same version does.
 * </ol>
 *
 * The store is changed only by the last step's transaction, so any failure (a row the old schema refuses, a
 * migration that fails on the data, a constraint of the store) leaves it as it was; the scratch schema is
 * dropped whatever happens. Migrations run with the scratch schema first on the search path, and copying with it
 * alone on it, so their unqualified names (tables, sequences, trigger functions) mean the scratch schema's.
 *
 * <p>Needs: the store's data source and an open connection to it, the verified backup. Gives: a
 * {@link StoreBackup.Summary}. Thread-safety: stateless; a restore locks the tables it replaces.
 */
final class OlderBackupRestore {

  private OlderBackupRestore() {}

  static StoreBackup.Summary restore(DataSource dataSource, Connection c, ZipFile zip, BackupManifest manifest,
      boolean replace) throws SQLException, IOException {
    String version = manifest.schemaVersion();
    String live = StoreTables.currentSchema(c);
    String storeVersion = StoreTables.schemaVersion(c).orElse("");
    if (!replace) { // before the work; checked again in the transaction that replaces
      try (Statement s = c.createStatement()) {
        RestoreSteps.requireEmpty(s, StoreTables.list(c));
      }
    }
    try (ScratchSchema scratch = ScratchSchema.create(dataSource, c)) {
      migrate(scratch, version, "to the backup's schema version " + version);
      c.setAutoCommit(false);
      try {
        StoreTables.useSchemaInTransaction(c, scratch.name());
        List<StoreTables.Table> old = StoreTables.list(c);
        RestoreSteps.requireSameTables(manifest, old, "those of schema version " + version,
            "schema version " + version);
        RestoreSteps.copyIn(c, zip, manifest, old);
        c.commit(); // the migrations run on connections of their own

        migrate(scratch, null, "from schema version " + version + " to " + storeVersion);
        StoreTables.useSchemaInTransaction(c, scratch.name());
        List<String> migrated = StoreTables.list(c).stream().map(t -> t.name() + t.columns()).sorted().toList();
        c.commit();

        StoreTables.useSchemaInTransaction(c, live);
        List<StoreTables.Table> tables = StoreTables.list(c);
        RestoreSteps.requireSame(migrated, tables, "the backup's tables and columns, brought from schema version "
            + version + " to " + storeVersion + ", differ from this store's: backup ", "store");
        long rows = 0;
        try (Statement s = c.createStatement()) {
          if (!replace) {
            RestoreSteps.requireEmpty(s, tables);
          }
          RestoreSteps.empty(s, tables);
          for (StoreTables.Table t : tables) { // parents first
            rows += s.executeLargeUpdate("insert into " + StoreTables.quote(live) + "." + StoreTables.quote(t.name())
                + " (" + t.quotedColumns() + ") overriding system value select " + t.quotedColumns() + " from "
                + StoreTables.quote(scratch.name()) + "." + StoreTables.quote(t.name()));
            RestoreSteps.moveIdentities(s, t);
          }
        }
        c.commit();
        return new StoreBackup.Summary(storeVersion, version, tables.size(), rows);
      } catch (RuntimeException | SQLException | IOException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static void migrate(ScratchSchema scratch, String version, String what) {
    try {
      scratch.migrate(version);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("restore failed, nothing was changed: migrating the backup's data " + what
          + " failed: " + e.getMessage().replaceAll("\\s+", " "), e);
    }
  }
}
