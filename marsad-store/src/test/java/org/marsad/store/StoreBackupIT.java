package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.source.FeedItem;

/**
 * Backup and restore on real embedded PostgreSQL: a store with documents, records, actors, evidence, quarantine,
 * events and a table no migration of today has (a later branch's) round-trips exactly into another store; a
 * corrupt, truncated, foreign or mismatched file is refused before anything changes; a restore that fails half
 * way changes nothing.
 */
class StoreBackupIT {

  @TempDir static Path dir;
  static Store source;
  static Store target;
  static final FeedItem FEED_LEAD =
      new FeedItem("https://news.example/backup/feed", "A feed's title", LocalDate.of(2024, 2, 29));

  @BeforeAll
  static void open() throws Exception {
    source = Store.open(TestStores.embedded(dir.resolve("a")), TestStores.CLOCK);
    target = Store.open(TestStores.embedded(dir.resolve("b")), TestStores.CLOCK);
    for (int i = 0; i < 3; i++) {
      String id = "d" + i;
      source.documents().insertIfAbsent(Fixtures.document(id));
      source.records().replaceForDocument(id, List.of(Fixtures.incident(id), Fixtures.response(id)));
    }
    source.documents().markStatus("d1", DocumentStatus.PROCESSED, "en");
    source.quarantine().add(new Quarantined("bad.bin", "ingest", "binary", new byte[] {0, 1, 2, (byte) 0xFF, '\n'}));
    source.quarantine().add(new Quarantined("tab\tand\nnewline\\.txt", "ingest", "odd name", new byte[] {'\\'}));
    // a lead a feed handed over, with its item's title and date (V13), and a GDELT lead without them
    source.leads().queue(FEED_LEAD, "https://news.example/rss");
    source.leads().queue(List.of("https://news.example/backup/gdelt"), "export.CSV");
    sql(source, "insert into events (kind, type, summary, created_at, updated_at) values"
        + " ('incident', 'desecration', 'a \"quoted\" summary\twith a tab', now(), now())");
    sql(source, "insert into event_sources (record_id, event_id, signal, score, decided_at)"
        + " select min(id), (select min(id) from events), 'new', 0.125, now() from records");
    sql(source, "update documents set duplicate_of = 'd0' where id = 'd2'");
    // accounts, a session, a review and its audit row
    try (Workspace w = Workspace.over(source, TestStores.CLOCK, 1)) {
      User ana = w.accounts().add("ana", Role.ANALYST, "a long passphrase".toCharArray());
      w.accounts().openSession(ana);
      long event =
          w.jdbi().withHandle(h -> h.createQuery("select min(id) from events").mapTo(Long.class).one());
      w.reviews().apply(event, new ReviewAction.Verify(), "ana");
    }
    // a table a later migration might add: backups must not hard-code the list
    for (Store s : List.of(source, target)) {
      sql(s, "create table extension_notes (id bigint generated always as identity primary key,"
          + " document_id text references documents (id), what text not null, at timestamptz not null)");
    }
    sql(source, "insert into extension_notes (document_id, what, at) values ('d0', 'reviewed', now()),"
        + " (null, 'logged in', now())");
  }

  @AfterAll
  static void close() {
    source.close();
    target.close();
  }

  @Test
  void backupThenRestore_intoAnotherStore_restoresEveryTableExactly() throws Exception {
    Path file = dir.resolve("round.zip");
    StoreBackup.Summary written = StoreBackup.backup(source, file, TestStores.CLOCK);

    StoreBackup.Summary restored = StoreBackup.restore(target, file, true);

    assertThat(restored.rows()).isEqualTo(written.rows()).isPositive();
    Path again = dir.resolve("again.zip");
    StoreBackup.backup(target, again, TestStores.CLOCK);
    assertThat(tables(file)).hasSize(written.tables());
    assertThat(tables(again)).isEqualTo(tables(file)).containsKeys("documents", "records", "evidence",
        "record_actors", "quarantine", "events", "event_sources", "audit_log", "users",
        "sessions", "extension_notes");
    assertThat(tables(file).get("audit_log")).hasSize(2); // the account added, the review
    assertThat(tables(file).get("users")).hasSize(1);
    assertThat(tables(file).get("leads")).hasSize(2);
    assertThat(target.leads().feedItem(FEED_LEAD.link())).contains(FEED_LEAD);
    assertThat(target.leads().feedItem("https://news.example/backup/gdelt")).isEmpty();
    // re-running the restore changes nothing
    StoreBackup.restore(target, file, true);
    Path third = dir.resolve("third.zip");
    StoreBackup.backup(target, third, TestStores.CLOCK);
    assertThat(tables(third)).isEqualTo(tables(file));
    // identity sequences moved past the restored ids: new rows do not collide
    sql(target, "insert into extension_notes (what, at) values ('after restore', now())");
    assertThat(target.quarantine().add(new Quarantined("new.txt", "ingest", "r", new byte[] {9}))).isTrue();
  }

  @Test
  void restore_intoStoreThatHoldsData_refusedWithoutReplace() throws Exception {
    Path file = dir.resolve("nonempty.zip");
    StoreBackup.backup(source, file, TestStores.CLOCK);
    assertThatThrownBy(() -> StoreBackup.restore(source, file, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the store is not empty");
  }

  @Test
  void restore_corruptForeignOrMismatchedFiles_refusedAndStoreUnchanged() throws Exception {
    Path good = dir.resolve("good.zip");
    StoreBackup.backup(source, good, TestStores.CLOCK);
    Map<String, String> before = snapshot(source);

    Path flipped = rewrite(good, "flipped.zip", (name, bytes) -> {
      if (name.equals("tables/documents.copy")) {
        bytes[bytes.length / 2] ^= 1;
      }
      return bytes;
    });
    Path truncated = dir.resolve("truncated.zip");
    byte[] all = Files.readAllBytes(good);
    Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
    Path text = Files.writeString(dir.resolve("notes.zip"), "not a backup at all\n");
    Path foreign = rewrite(good, "foreign.zip", (name, bytes) -> name.equals("manifest.json")
        ? "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8) : bytes);
    Path newer = rewrite(good, "newer.zip", (name, bytes) -> name.equals("manifest.json")
        ? new String(bytes, StandardCharsets.UTF_8).replace("\"version\" : 1", "\"version\" : 7")
            .getBytes(StandardCharsets.UTF_8) : bytes);
    Path otherSchema = rewrite(good, "schema.zip", (name, bytes) -> name.equals("manifest.json")
        ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"schema_version\" : \"[^\"]*\"",
            "\"schema_version\" : \"99\"").getBytes(StandardCharsets.UTF_8) : bytes);
    Path noManifest = rewrite(good, "nomanifest.zip", (name, bytes) -> name.equals("manifest.json") ? null : bytes);

    assertRefused(flipped, "corrupt backup: the data of table documents does not match its checksum");
    assertRefused(truncated, "not a Marsad backup");
    assertRefused(text, "not a Marsad backup");
    assertRefused(foreign, "not a Marsad backup: its manifest does not say format 'marsad-backup'");
    assertRefused(newer, "backup format version 7; this Marsad reads version 1 only");
    assertRefused(otherSchema, "the backup is of schema version 99");
    assertRefused(noManifest, "not a Marsad backup: no manifest.json");
    assertRefused(dir.resolve("missing.zip"), "no backup file at");
    assertThat(snapshot(source)).isEqualTo(before);
  }

  @Test
  void restore_failingHalfWay_rollsBackEverything() throws Exception {
    Path good = dir.resolve("base.zip");
    StoreBackup.backup(source, good, TestStores.CLOCK);
    // consistent checksums, but evidence points at a record that is not in the backup: fails in the last tables
    Path dangling = rewriteWithChecksums(good, "dangling.zip", "tables/evidence.copy",
        bytes -> new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\\d+", "999999")
            .getBytes(StandardCharsets.UTF_8));
    Map<String, String> before = snapshot(source);

    assertThatThrownBy(() -> StoreBackup.restore(source, dangling, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing was changed").hasMessageContaining("foreign key");

    assertThat(snapshot(source)).isEqualTo(before);
  }

  private static void assertRefused(Path file, String reason) {
    assertThatThrownBy(() -> StoreBackup.restore(source, file, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private static Map<String, List<String>> tables(Path backup) throws IOException {
    return BackupFileEdits.tables(backup);
  }

  private static Map<String, String> snapshot(Store store) throws IOException {
    return BackupFileEdits.snapshot(store, dir);
  }

  private static Path rewrite(Path from, String name, BackupFileEdits.Edit edit) throws IOException {
    return BackupFileEdits.rewrite(from, dir.resolve(name), edit);
  }

  private static Path rewriteWithChecksums(Path from, String name, String entry,
      java.util.function.UnaryOperator<byte[]> edit) throws IOException {
    return BackupFileEdits.rewriteWithChecksums(from, dir.resolve(name), entry, edit);
  }

  private static void sql(Store store, String sql) throws SQLException {
    try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
