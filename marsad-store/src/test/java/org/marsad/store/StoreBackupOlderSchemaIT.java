package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restores of backups taken at older schema versions, on real embedded PostgreSQL. A store is brought by the real
 * migrations to version 3 only, given rows and backed up with the real backup code; then to version 9, given
 * rows of the tables V4 to V9 add, and backed up again. Each backup restores into a store of the latest version
 * with its rows, and with what the later migrations add: defaults of new columns, V4's numbering of processed
 * documents, generated columns. A backup that fails in the scratch schema or in the store's transaction, or that
 * does not fit its own version's tables, changes nothing; a backup of a newer or unknown version is refused; the
 * scratch schema never outlives a restore. {@code backups/schema-v9.zip} (test resources) is the version 9 backup
 * this class writes, committed when version 11 was the latest: every later migration must still restore it.
 */
class StoreBackupOlderSchemaIT {

  @RegisterExtension static final StoreExtension stores = new StoreExtension();
  @TempDir static Path dir;
  static Store old;
  static Path v3;
  static Path v9;

  static final String AT = "'2025-05-13 10:00:00+00'"; // fixed times: the backups written here are alike each run

  @BeforeAll
  static void backUpAnOldStore() throws Exception {
    old = Store.open(TestStores.embedded(dir.resolve("old")), TestStores.CLOCK);
    sql(old, "drop schema public cascade", "create schema public");
    Migrations.apply(old.database().dataSource(), "public", "3", "the old store");
    sql(old,
        "insert into documents (id, source, text, ingested_at, status) values"
            + " ('d0', 'feed', 'waiting', " + AT + ", 'ingested'),"
            + " ('d1', 'feed', 'a mosque burned', " + AT + ", 'processed'),"
            + " ('d2', 'feed', 'a copy', " + AT + ", 'processed')",
        "update documents set duplicate_of = 'd1' where id = 'd2'",
        "insert into records (document_id, ordinal, kind, type, summary, created_at) values"
            + " ('d1', 0, 'incident', 'place_of_worship_attack', 'burned', " + AT + "),"
            + " ('d1', 1, 'response', 'condemnation', 'condemned', " + AT + ")",
        "insert into evidence (record_id, field, ordinal, document_id, span_start, span_end, quote)"
            + " select id, 'record', 0, 'd1', 2, 8, 'mosque' from records",
        "insert into events (kind, type, summary, created_at, updated_at) values"
            + " ('incident', 'place_of_worship_attack', 'A Mosque Burned', " + AT + ", " + AT + ")",
        "insert into event_sources (record_id, event_id, signal, decided_at)"
            + " select min(r.id), min(e.id), 'new', " + AT + " from records r, events e",
        "insert into quarantine (source, stage, reason, content, content_hash, at) values"
            + " ('bad.bin', 'ingest', 'binary', '\\x00ff'::bytea, 'h', " + AT + ")");
    v3 = dir.resolve("v3.zip");
    assertThat(StoreBackup.backup(old, v3, TestStores.CLOCK).schemaVersion()).isEqualTo("3");

    Migrations.apply(old.database().dataSource(), "public", "9", "the old store");
    sql(old,
        "insert into sources (url, added_at, failures) values ('https://example.org/feed', " + AT + ", 2)",
        "insert into users (name, role, password_hash, created_at) values ('ana', 'analyst', 'x', " + AT + ")",
        "insert into audit_log (at, actor, action, event_id) select " + AT + ", 'ana', 'verify', min(id) from events",
        "insert into alerts_sent (destination, day, country, type, host, count, sent_at) values"
            + " ('abc', '2025-05-12', 'FR', 'desecration', 'https://hooks.example.org', 4, " + AT + ")");
    v9 = dir.resolve("v9.zip");
    assertThat(StoreBackup.backup(old, v9, TestStores.CLOCK).schemaVersion()).isEqualTo("9");
  }

  @AfterAll
  static void close() {
    if (old != null) {
      old.close();
    }
  }

  @Test
  void restore_backupOfVersion3_rowsComeThroughTheLaterMigrations() throws Exception {
    Store store = stores.store();

    StoreBackup.Summary restored = StoreBackup.restore(store, v3, true);

    assertThat(restored.schemaVersion()).isEqualTo(latest(store));
    assertThat(restored.backupVersion()).isEqualTo("3");
    assertThat(restored.migrated()).isTrue();
    assertThat(restored.rows()).isEqualTo(3 + 2 + 2 + 1 + 1 + 1);
    assertThat(rows(store, "select id, status, duplicate_of from documents order by id"))
        .containsExactly("d0 ingested null", "d1 processed null", "d2 processed d1");
    // V4 numbered the documents whose status was set; the store's sequence follows them
    assertThat(rows(store, "select id from documents where status_seq is not null and status <> 'ingested'"
        + " order by status_seq")).containsExactly("d1", "d2");
    assertThat(rows(store, "select count(distinct status_seq) from documents where status <> 'ingested'"))
        .containsExactly("2");
    // columns later migrations added: their defaults, and a generated column computed from the restored data
    assertThat(rows(store, "select summary, edited_fields, reviewed_by, search_text from events"))
        .containsExactly("A Mosque Burned {} null a mosque burned place_of_worship_attack ");
    assertThat(rows(store, "select count(*) from users")).containsExactly("0");
    // identity sequences moved past the restored ids
    long maxRecord = Long.parseLong(rows(store, "select max(id) from records").getFirst());
    sql(store, "insert into records (document_id, ordinal, kind, type, created_at)"
        + " values ('d0', 0, 'incident', 'desecration', " + AT + ")");
    assertThat(rows(store, "select max(id) from records")).containsExactly(String.valueOf(maxRecord + 1));
    assertThat(scratchSchemas(store)).isEmpty();
  }

  @Test
  void restore_backupOfVersion9_tablesOfV4ToV9KeptAndV10ToV11Added() throws Exception {
    Store store = stores.store();

    StoreBackup.restore(store, v9, true);

    assertThat(rows(store, "select url, failures, kind from sources"))
        .containsExactly("https://example.org/feed 2 feed");
    assertThat(rows(store, "select name, role from users")).containsExactly("ana analyst");
    assertThat(rows(store, "select actor, action from audit_log")).containsExactly("ana verify");
    assertThat(rows(store, "select country, count from alerts_sent")).containsExactly("FR 4");
    assertThat(rows(store, "select count(*) from leads")).containsExactly("0");
    // the audit log is append-only again after the restore's transaction
    assertThatThrownBy(() -> sql(store, "delete from audit_log")).hasMessageContaining("append-only");
    // a restore of an older backup is itself all or nothing and repeatable
    Map<String, String> once = BackupFileEdits.snapshot(store, dir);
    StoreBackup.restore(store, v9, true);
    assertThat(BackupFileEdits.snapshot(store, dir)).isEqualTo(once);
    assertThat(scratchSchemas(store)).isEmpty();
  }

  @Test
  void restore_committedBackupOfVersion9_restoresIntoTheLatestSchema() throws Exception {
    Store store = stores.store();
    Path golden = Path.of(StoreBackupOlderSchemaIT.class.getResource("/backups/schema-v9.zip").toURI());

    StoreBackup.Summary restored = StoreBackup.restore(store, golden, true);

    assertThat(restored.schemaVersion()).isEqualTo(latest(store));
    assertThat(rows(store, "select id, status from documents order by id"))
        .containsExactly("d0 ingested", "d1 processed", "d2 processed");
    assertThat(rows(store, "select url, kind from sources")).containsExactly("https://example.org/feed feed");
    assertThat(rows(store, "select actor, action from audit_log")).containsExactly("ana verify");
  }

  @Test
  void restore_olderBackupWithARowItsSchemaRefuses_storeUnchangedAndScratchGone() throws Exception {
    Store store = stores.store();
    StoreBackup.restore(store, v9, true);
    Map<String, String> before = BackupFileEdits.snapshot(store, dir);
    // consistent checksums, but evidence points at a record that is not in the backup
    Path dangling = BackupFileEdits.rewriteWithChecksums(v3, dir.resolve("dangling3.zip"), "tables/evidence.copy",
        bytes -> new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\\d+", "999999")
            .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> StoreBackup.restore(store, dangling, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing was changed").hasMessageContaining("foreign key");

    assertThat(BackupFileEdits.snapshot(store, dir)).isEqualTo(before);
    assertThat(scratchSchemas(store)).isEmpty();
  }

  @Test
  void restore_olderBackupFailingInTheStoresTransaction_storeUnchangedAndScratchGone() throws Exception {
    Store store = stores.store();
    StoreBackup.restore(store, v3, true);
    Map<String, String> before = BackupFileEdits.snapshot(store, dir);
    // a rule of this store alone (no column changes): the last step, after the documents went in, breaks it
    sql(store, "alter table quarantine add constraint test_no_binary check (reason <> 'binary') not valid");
    try {
      assertThatThrownBy(() -> StoreBackup.restore(store, v9, true))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("nothing was changed").hasMessageContaining("test_no_binary");
    } finally {
      sql(store, "alter table quarantine drop constraint test_no_binary");
    }

    assertThat(BackupFileEdits.snapshot(store, dir)).isEqualTo(before);
    assertThat(scratchSchemas(store)).isEmpty();
  }

  @Test
  void restore_olderBackupWhoseColumnsAreNotItsVersions_refusedAndStoreUnchanged() throws Exception {
    Store store = stores.store();
    Map<String, String> before = BackupFileEdits.snapshot(store, dir);
    // sources.kind came with V10: a "version 9" backup listing it is not what version 9 wrote
    Path extra = BackupFileEdits.rewriteManifest(v9, dir.resolve("extra9.zip"),
        "\"last_polled_at\"", "\"last_polled_at\", \"kind\"");

    assertThatThrownBy(() -> StoreBackup.restore(store, extra, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ from those of schema version 9")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

    assertThat(BackupFileEdits.snapshot(store, dir)).isEqualTo(before);
    assertThat(scratchSchemas(store)).isEmpty();
  }

  @Test
  void restore_olderBackup_dropsScratchSchemasKilledRestoresLeftButNotOneInUseOrAnyoneElses() throws Exception {
    Store store = stores.store();
    String comment = "comment on schema %s is '" + ScratchSchema.COMMENT + "'";
    // what a restore killed half way leaves: its schema, commented, and nobody holding its lock
    sql(store, "create schema restore_00000000000000aa", comment.formatted("restore_00000000000000aa"),
        "create table restore_00000000000000aa.documents (id text)");
    // not ours: no comment
    sql(store, "create schema restore_notes", "create schema restore_00000000000000cc");
    try (Connection running = store.database().dataSource().getConnection()) {
      // a restore running in another session: its lock is held
      assertThat(ScratchSchema.lock(running, "restore_00000000000000bb")).isTrue();
      sql(store, "create schema restore_00000000000000bb", comment.formatted("restore_00000000000000bb"));

      StoreBackup.restore(store, v3, true);

      assertThat(scratchSchemas(store))
          .containsExactlyInAnyOrder("restore_00000000000000bb", "restore_00000000000000cc", "restore_notes");
    } finally {
      sql(store, "drop schema if exists restore_00000000000000bb", "drop schema restore_00000000000000cc",
          "drop schema restore_notes");
    }
    assertThat(rows(store, "select id from documents order by id")).containsExactly("d0", "d1", "d2");
  }

  @Test
  void restore_olderBackupIntoStoreThatHoldsData_refusedWithoutReplace() throws Exception {
    Store store = stores.store();
    StoreBackup.restore(store, v3, true);

    assertThatThrownBy(() -> StoreBackup.restore(store, v9, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the store is not empty");
    assertThat(scratchSchemas(store)).isEmpty();
  }

  @Test
  void restore_backupOfANewerOrUnknownVersion_refusedAndStoreUnchanged() throws Exception {
    Store store = stores.store();
    Path current = dir.resolve("current.zip");
    StoreBackup.backup(store, current, TestStores.CLOCK);
    Map<String, String> before = BackupFileEdits.snapshot(store, dir);
    String version = "\"schema_version\" : \"[^\"]*\"";
    Path newer =
        BackupFileEdits.rewriteManifest(current, dir.resolve("v999.zip"), version, "\"schema_version\" : \"999\"");
    Path eight = BackupFileEdits.rewriteManifest(v9, dir.resolve("v8.zip"), version, "\"schema_version\" : \"8\"");
    Path none = BackupFileEdits.rewriteManifest(v9, dir.resolve("none.zip"), version, "\"schema_version\" : \"\"");

    assertRefused(store, newer, "the backup is of schema version 999 and this store is at version " + latest(store)
        + ", which is older: a newer Marsad wrote it; restore it with that Marsad or a later one");
    assertRefused(store, eight, "no Marsad schema has version 8");
    assertRefused(store, none, "the backup is of schema version  and this store");

    assertThat(BackupFileEdits.snapshot(store, dir)).isEqualTo(before);
    assertThat(scratchSchemas(store)).isEmpty();
  }

  private static void assertRefused(Store store, Path file, String reason) {
    assertThatThrownBy(() -> StoreBackup.restore(store, file, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private static String latest(Store store) throws SQLException {
    try (Connection c = store.database().dataSource().getConnection()) {
      return StoreTables.schemaVersion(c).orElseThrow();
    }
  }

  private static List<String> scratchSchemas(Store store) throws SQLException {
    return rows(store, "select nspname from pg_namespace where nspname like 'restore\\_%'");
  }

  /** Each row's columns joined by spaces, null as {@code null}. */
  private static List<String> rows(Store store, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(String.valueOf(rs.getString(i)));
        }
        out.add(String.join(" ", row));
      }
    }
    return out;
  }

  private static void sql(Store store, String... statements) throws SQLException {
    try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
