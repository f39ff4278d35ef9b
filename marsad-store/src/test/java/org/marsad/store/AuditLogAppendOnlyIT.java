package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.testing.ReliabilityRows;

/**
 * The audit log is append-only in the database (migration V6), on real embedded PostgreSQL: UPDATE, DELETE and
 * TRUNCATE of {@code audit_log} are refused with their reason whatever code sends them, also inside a
 * transaction that claims to be an analyst's edit; inserts work; and a backup restored over a store (which
 * replaces the log in one transaction that says it is a restore) keeps the log exactly.
 */
class AuditLogAppendOnlyIT {

  @TempDir static Path dir;
  static Store store;
  static Workspace workspace;

  @BeforeAll
  static void open() throws Exception {
    store = Store.open(TestStores.embedded(dir.resolve("home")), TestStores.CLOCK);
    workspace = Workspace.over(store, TestStores.CLOCK, 2);
    store.documents().insertIfAbsent(Fixtures.document("d0"));
    store.records().replaceForDocument("d0", List.of(Fixtures.incident("d0")));
    sql("insert into events (kind, type, summary, created_at, updated_at) values"
        + " ('incident', 'desecration', 'a summary', now(), now())");
    workspace.accounts().add("ana", Role.ANALYST, "a long passphrase".toCharArray());
    long event = workspace.jdbi().withHandle(h -> h.createQuery("select min(id) from events").mapTo(Long.class).one());
    workspace.reviews().apply(event, new ReviewAction.Verify(), "ana");
  }

  @AfterAll
  static void close() {
    workspace.close();
    store.close();
    ReliabilityRows.check(AuditLogAppendOnlyIT.class);
  }

  @Test
  void updateDeleteTruncate_refusedWithOneLineReason_logUnchanged() throws Exception {
    List<String> before = log();
    assertThat(before).hasSizeGreaterThanOrEqualTo(2); // the account added, the review (and maybe more)

    refused("UPDATE of a row (the actor rewritten)", "update audit_log set actor = 'mallory'", "UPDATE");
    refused("UPDATE that matches no row", "update audit_log set actor = 'x' where id < 0", null);
    refused("DELETE of one row", "delete from audit_log where action = 'verify'", "DELETE");
    refused("DELETE of every row", "delete from audit_log", "DELETE");
    refused("TRUNCATE", "truncate audit_log", "TRUNCATE");
    refused("TRUNCATE with the events table (CASCADE)", "truncate events, audit_log cascade", "TRUNCATE");
    refused("UPDATE inside a transaction marked as an analyst's edit",
        "begin; set local marsad.analyst_edit = 'on'; update audit_log set after = null; commit", "UPDATE");

    assertThat(log()).isEqualTo(before);
  }

  @Test
  void insert_stillWorks() throws Exception {
    int before = log().size();
    sql("insert into audit_log (at, actor, action, event_id, before, after)"
        + " values (now(), 'admin', 'user_add', null, null, '{\"user\": \"bo\"}')");
    assertThat(log()).hasSize(before + 1);
    ReliabilityRows.record(AuditLogAppendOnlyIT.class, "audit log", "INSERT of a new row",
        "stored (the log is append-only, not read-only)", "as expected");
  }

  @Test
  void backupThenRestore_overTheStore_keepsTheLogAndTheGuard() throws Exception {
    Path file = dir.resolve("round.zip");
    List<String> before = log();
    StoreBackup.backup(store, file, TestStores.CLOCK);
    sql("insert into audit_log (at, actor, action) values (now(), 'ana', 'token_add')"); // after the backup

    StoreBackup.restore(store, file, true);

    assertThat(log()).isEqualTo(before);
    // the restore's permission ended with its transaction
    refused(null, "delete from audit_log", "DELETE");
    assertThat(log()).isEqualTo(before);
    ReliabilityRows.record(AuditLogAppendOnlyIT.class, "audit log", "backup, a row appended, then restore --force",
        "the log becomes the backup's exactly; UPDATE/DELETE refused again after the restore", "as expected");
  }

  /** Runs {@code statement}, expects it refused by the trigger, and records the row when {@code fault} is set. */
  private static void refused(String fault, String statement, String operation) throws Exception {
    List<String> before = log();
    if (operation == null) { // a statement that touches no row fires no row trigger: nothing to refuse
      sql(statement);
      assertThat(log()).isEqualTo(before);
      ReliabilityRows.record(AuditLogAppendOnlyIT.class, "audit log", fault,
          "nothing changes (no row touched, no trigger fired)", "as expected");
      return;
    }
    assertThatThrownBy(() -> sql(statement))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> {
          SQLException sql = (SQLException) e;
          assertThat(sql.getSQLState()).isEqualTo("42501");
          assertThat(sql.getMessage()).contains("the audit log is append-only: " + operation + " of audit_log refused");
        });
    assertThat(log()).isEqualTo(before);
    if (fault != null) {
      ReliabilityRows.record(AuditLogAppendOnlyIT.class, "audit log", fault,
          "refused by the database (SQLSTATE 42501) with its reason; the log unchanged",
          "refused: the audit log is append-only: " + operation + " of audit_log refused");
    }
  }

  private static List<String> log() throws SQLException {
    try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select id, at, actor, action, event_id, before, after from audit_log order by id")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
            + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7));
      }
      return rows;
    }
  }

  private static void sql(String sql) throws SQLException {
    try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
