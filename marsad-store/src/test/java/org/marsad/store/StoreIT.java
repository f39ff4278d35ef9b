package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.store.Fixtures.bareResponse;
import static org.marsad.store.Fixtures.document;
import static org.marsad.store.Fixtures.incident;
import static org.marsad.store.Fixtures.response;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Quarantined;
import org.marsad.core.domain.RecordKind;

/**
 * The store on real embedded PostgreSQL, one server for the whole class. Tests use their own
 * document ids and compare counts before and after, so they do not depend on each other's data or
 * order.
 */
class StoreIT {

  @TempDir static Path home;
  static Store store;

  @BeforeAll
  static void open() {
    long start = System.nanoTime();
    store = Store.open(TestStores.embedded(home), TestStores.CLOCK);
    System.out.printf(
        "StoreIT: new home opened (initdb, start, migrate) in %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void insertIfAbsent_sameDocumentTwice_storesItOnce() {
    Document doc = document("insert-twice");
    long before = store.counts().documents();

    assertThat(store.documents().insertIfAbsent(doc)).isTrue();
    assertThat(store.documents().insertIfAbsent(doc)).isFalse();

    assertThat(store.counts().documents()).isEqualTo(before + 1);
    assertThat(store.documents().find(doc.id())).contains(doc);
    assertThat(store.documents().status(doc.id())).contains(DocumentStatus.INGESTED);
  }

  @Test
  void insertIfAbsent_documentWithoutOptionalFields_roundTrips() {
    Document doc = new Document("bare", null, null, null, null, null, null, "text");
    store.documents().insertIfAbsent(doc);
    assertThat(store.documents().find("bare")).contains(doc);
  }

  @Test
  void insertIfAbsent_textWithNul_failsWithOffset() {
    Document doc = new Document("nul", "s", null, null, null, null, null, "ab\0c");
    assertThatThrownBy(() -> store.documents().insertIfAbsent(doc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL")
        .hasMessageContaining("offset=2");
  }

  @Test
  void jdbcUrl_connectsToTheSameDatabase() throws Exception {
    store.documents().insertIfAbsent(document("jdbc-url-doc"));
    try (Connection c = DriverManager.getConnection(store.jdbcUrl());
        ResultSet rs = c.createStatement()
            .executeQuery("select title from documents where id = 'jdbc-url-doc'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(document("jdbc-url-doc").title());
    }
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(store.documents().find("no-such-document")).isEmpty();
    assertThat(store.documents().status("no-such-document")).isEmpty();
  }

  @Test
  void markStatus_movesDocumentsOutOfNeedingProcessing() {
    store.documents().insertIfAbsent(document("to-process"));
    store.documents().insertIfAbsent(document("processed"));
    store.documents().markStatus("processed", DocumentStatus.PROCESSED);

    List<String> waiting =
        store.documents().needingProcessing(10_000).stream().map(Document::id).toList();

    assertThat(waiting).contains("to-process").doesNotContain("processed");
    assertThat(store.documents().status("processed")).contains(DocumentStatus.PROCESSED);
    store.documents().markStatus("processed", DocumentStatus.SKIPPED_LANGUAGE);
    assertThat(store.documents().status("processed")).contains(DocumentStatus.SKIPPED_LANGUAGE);
  }

  @Test
  void markStatus_unknownDocument_fails() {
    assertThatThrownBy(() -> store.documents().markStatus("nowhere", DocumentStatus.FAILED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id=nowhere");
  }

  @Test
  void replaceForDocument_roundTripsActorsPlaceEvidenceAndDates() {
    store.documents().insertIfAbsent(document("round-trip"));
    List<ExtractedRecord> records =
        List.of(incident("round-trip"), response("round-trip"), bareResponse("round-trip"));

    store.records().replaceForDocument("round-trip", records);

    assertThat(store.records().forDocument("round-trip")).isEqualTo(records);
  }

  @Test
  void replaceForDocument_twice_leavesNoDuplicates() {
    store.documents().insertIfAbsent(document("twice"));
    long incidents = store.records().count(RecordKind.INCIDENT);
    long responses = store.records().count(RecordKind.RESPONSE);
    List<ExtractedRecord> records = List.of(incident("twice"), response("twice"));

    store.records().replaceForDocument("twice", records);
    store.records().replaceForDocument("twice", records);

    assertThat(store.records().forDocument("twice")).isEqualTo(records);
    assertThat(store.records().count(RecordKind.INCIDENT)).isEqualTo(incidents + 1);
    assertThat(store.records().count(RecordKind.RESPONSE)).isEqualTo(responses + 1);
  }

  @Test
  void replaceForDocument_fewerRecords_removesTheOthers() {
    store.documents().insertIfAbsent(document("fewer"));
    store.records().replaceForDocument("fewer", List.of(incident("fewer"), response("fewer")));

    store.records().replaceForDocument("fewer", List.of(bareResponse("fewer")));
    assertThat(store.records().forDocument("fewer")).containsExactly(bareResponse("fewer"));

    store.records().replaceForDocument("fewer", List.of());
    assertThat(store.records().forDocument("fewer")).isEmpty();
  }

  @Test
  void replaceForDocument_concurrentlyForOneDocument_leavesOneSet() throws Exception {
    store.documents().insertIfAbsent(document("concurrent"));
    List<ExtractedRecord> records =
        List.of(incident("concurrent"), response("concurrent"), bareResponse("concurrent"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        runs.add(pool.submit(() -> store.records().replaceForDocument("concurrent", records)));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.records().forDocument("concurrent")).isEqualTo(records);
  }

  @Test
  void replaceForDocument_unknownDocument_failsAndStoresNothing() {
    long incidents = store.records().count(RecordKind.INCIDENT);
    assertThatThrownBy(
            () -> store.records().replaceForDocument("absent", List.of(incident("absent"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such document: id=absent");
    assertThat(store.records().count(RecordKind.INCIDENT)).isEqualTo(incidents);
  }

  @Test
  void replaceForDocument_recordOfAnotherDocument_fails() {
    store.documents().insertIfAbsent(document("mine"));
    assertThatThrownBy(
            () -> store.records().replaceForDocument("mine", List.of(incident("theirs"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record.documentId=theirs");
  }

  @Test
  void add_sameSourceAndContentTwice_keepsItOnce() {
    byte[] bytes = "<html>broken \0 bytes".getBytes(StandardCharsets.UTF_8);
    Quarantined item = new Quarantined("feed-a/item-1", "ingest", "not HTML", bytes);
    long before = store.quarantine().count();

    assertThat(store.quarantine().add(item)).isTrue();
    assertThat(store.quarantine().add(item)).isFalse();
    assertThat(store.quarantine().add(new Quarantined("feed-a/item-1", "nlp", "other", bytes)))
        .isFalse();
    assertThat(
            store.quarantine().add(new Quarantined("feed-a/item-2", "ingest", "not HTML", bytes)))
        .isTrue();

    assertThat(store.quarantine().count()).isEqualTo(before + 2);
    QuarantineEntry first =
        store.quarantine().list(0, 10_000).stream()
            .filter(e -> e.item().source().equals("feed-a/item-1"))
            .findFirst()
            .orElseThrow();
    assertThat(first.item().content()).isEqualTo(bytes);
    assertThat(first.item().stage()).isEqualTo("ingest");
    assertThat(first.item().reason()).isEqualTo("not HTML");
    assertThat(first.contentHash()).isEqualTo(JdbiQuarantineRepository.sha256(bytes)).hasSize(64);
    assertThat(first.at()).isEqualTo(TestStores.STORED_NOW);
  }

  @Test
  void add_reasonWithNul_isKeptWithReplacementCharacter() {
    store.quarantine().add(new Quarantined("nul-reason", "ingest", "bad\0byte", new byte[] {0}));
    assertThat(store.quarantine().list(0, 10_000))
        .filteredOn(e -> e.item().source().equals("nul-reason"))
        .singleElement()
        .satisfies(e -> assertThat(e.item().reason()).isEqualTo("bad\uFFFDbyte"));
  }

  @Test
  void list_pagesInOrderOfArrival() {
    for (int i = 0; i < 3; i++) {
      store.quarantine().add(new Quarantined("page-" + i, "ingest", "r", new byte[] {(byte) i}));
    }
    List<Long> all = store.quarantine().list(0, 10_000).stream().map(QuarantineEntry::id).toList();
    List<Long> page = store.quarantine().list(1, 2).stream().map(QuarantineEntry::id).toList();
    assertThat(all).isSorted();
    assertThat(page).containsExactlyElementsOf(all.subList(1, 3));
  }

  @Test
  void counts_followWhatIsStored() {
    Counts before = store.counts();

    store.documents().insertIfAbsent(document("counted"));
    store
        .records()
        .replaceForDocument(
            "counted", List.of(incident("counted"), response("counted"), bareResponse("counted")));
    store.quarantine().add(new Quarantined("counted", "nlp", "r", new byte[] {1, 2}));
    // incidents and responses are counted as events, not records: none yet
    assertThat(store.counts().incidents()).isEqualTo(before.incidents());
    for (int i = 0; i < 3; i++) {
      store.events().create(new RecordRef("counted", i), Decision.of("new", null));
    }

    assertThat(store.counts())
        .isEqualTo(
            new Counts(
                before.documents() + 1,
                before.quarantined() + 1,
                before.incidents() + 1,
                before.responses() + 2));
  }

  @Test
  void open_sameHomeAgain_keepsTheData() {
    store.documents().insertIfAbsent(document("survives"));
    store.records().replaceForDocument("survives", List.of(response("survives")));
    Counts before = store.counts();
    store.close();

    long start = System.nanoTime();
    store = Store.open(TestStores.embedded(home), TestStores.CLOCK);
    System.out.printf(
        "StoreIT: existing home re-opened in %d ms%n", (System.nanoTime() - start) / 1_000_000);

    assertThat(store.counts()).isEqualTo(before);
    assertThat(store.documents().find("survives")).contains(document("survives"));
    assertThat(store.records().forDocument("survives")).containsExactly(response("survives"));
  }

  @Test
  void open_serverUrl_seesTheSameDatabase() {
    int port = ((EmbeddedDatabase) store.database()).port();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/marsad?user=postgres";
    store.documents().insertIfAbsent(document("via-server"));

    try (Store server = Store.open(StoreConfig.server(url), TestStores.CLOCK)) {
      assertThat(server.documents().find("via-server")).contains(document("via-server"));
      assertThat(server.counts()).isEqualTo(store.counts());
      assertThat(server.description()).contains("127.0.0.1:" + port);
    }
    // closing a server store leaves the server running
    assertThat(store.documents().find("via-server")).isPresent();
  }

  @Test
  void operations_reuseAFewPooledConnections_andCloseReleasesThem() throws Exception {
    int port = ((EmbeddedDatabase) store.database()).port();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/marsad?user=postgres";
    try (Connection observer = DriverManager.getConnection(url)) {
      Set<Integer> others = storeBackends(observer);
      Set<Integer> first;
      try (Store server = Store.open(StoreConfig.server(url), TestStores.CLOCK)) {
        server.documents().insertIfAbsent(document("pooled-0"));
        first = without(storeBackends(observer), others);
        for (int i = 1; i <= 50; i++) {
          server.documents().insertIfAbsent(document("pooled-" + i));
          server.documents().find("pooled-" + (i - 1));
        }
        Set<Integer> after = without(storeBackends(observer), others);

        // one server process per connection: a connection per operation would start a hundred,
        // and none would serve both the first operation and the last
        assertThat(first).isNotEmpty();
        assertThat(after).hasSizeLessThanOrEqualTo(Store.CONNECTIONS).containsAnyElementsOf(first);
      }
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!without(storeBackends(observer), others).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(without(storeBackends(observer), others)).isEmpty();
    }
  }

  /** The server processes serving a store's connections (they name themselves "marsad"). */
  private static Set<Integer> storeBackends(Connection observer) throws Exception {
    Set<Integer> pids = new HashSet<>();
    try (ResultSet rs = observer.createStatement().executeQuery(
        "select pid from pg_stat_activity where application_name = 'marsad' and backend_type = 'client backend'")) {
      while (rs.next()) {
        pids.add(rs.getInt(1));
      }
    }
    return pids;
  }

  private static Set<Integer> without(Set<Integer> pids, Set<Integer> others) {
    Set<Integer> rest = new HashSet<>(pids);
    rest.removeAll(others);
    return rest;
  }

  @Test
  void open_unreachableServer_failsWithoutShowingThePassword() {
    StoreConfig config =
        StoreConfig.server("jdbc:postgresql://127.0.0.1:1/marsad?user=u&password=s3cret");
    assertThatThrownBy(() -> Store.open(config, TestStores.CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/")
        .hasMessageNotContaining("s3cret");
  }
}
