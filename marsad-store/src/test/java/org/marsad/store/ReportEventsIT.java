package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ReportEvents} on a real embedded PostgreSQL: events built with plain SQL over stored
 * records (as the dedup stage will build them), their sources, actors and links; status filters;
 * records no event holds read as provisional events.
 */
class ReportEventsIT {

  @RegisterExtension static final StoreExtension stores = new StoreExtension();

  @BeforeAll
  static void open() throws Exception {
    // two documents about one arson (an incident with two sources) and one condemnation
    for (String doc : List.of("doc-a", "doc-b")) {
      stores.store().documents().insertIfAbsent(Fixtures.document(doc));
      stores.store().records().replaceForDocument(doc, List.of(Fixtures.incident(doc), Fixtures.response(doc)));
    }
    // a third document whose records no event holds yet
    stores.store().documents().insertIfAbsent(Fixtures.document("doc-c"));
    stores.store().records().replaceForDocument("doc-c", List.of(Fixtures.incident("doc-c")));
    sql(
        "insert into events (kind, type, date, place_name, place_country, place_lat, place_lon, summary, status, created_at, updated_at)"
            + " values ('incident', 'place_of_worship_attack', '2025-05-12', 'Lyon', 'FR', 45.7, 4.8, 'A mosque in Lyon was set on fire.', 'verified', now(), now()),"
            + " ('response', 'condemnation', '2025-05-14', 'Saudi Arabia', 'SA', 24, 45, '', 'unverified', now(), now()),"
            + " ('incident', 'desecration', '2025-06-01', 'Oslo', 'NO', 59.9, 10.7, 'rejected one', 'rejected', now(), now())",
        "insert into event_sources (record_id, event_id, signal, decided_at)"
            + " select r.id, (select id from events where type = 'place_of_worship_attack'), 'test', now()"
            + " from records r where r.kind = 'incident' and r.document_id in ('doc-a', 'doc-b')",
        "insert into event_sources (record_id, event_id, signal, decided_at)"
            + " select r.id, (select id from events where type = 'condemnation'), 'test', now()"
            + " from records r where r.kind = 'response'",
        "insert into event_links (response_id, incident_id, signal, decided_at)"
            + " select (select id from events where type = 'condemnation'), (select id from events where type = 'place_of_worship_attack'), 'test', now()");
  }

  /** Runs statements on the store's own database (the test fixture's plain SQL). */
  static void sql(String... statements) throws Exception {
    try (Connection c = stores.store().database().dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  @Test
  void between_all_readsEventsWithSourcesActorsLinksAndUnattachedRecords() {
    List<ReportEvent> events = stores.store().reportEvents().between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false);
    Map<String, List<ReportEvent>> byType = events.stream().collect(Collectors.groupingBy(ReportEvent::type));

    assertThat(byType.get("place_of_worship_attack")).hasSize(2); // the event, and doc-c's provisional one
    ReportEvent arson = byType.get("place_of_worship_attack").stream().filter(e -> e.id().startsWith("E")).findFirst().orElseThrow();
    assertThat(arson.sources()).extracting(ReportSource::documentId).containsExactly("doc-a", "doc-b");
    assertThat(arson.sources().getFirst().quote()).isEqualTo("a mosque in Lyon was set on fire");
    assertThat(arson.status()).isEqualTo("verified");
    ReportEvent provisional = byType.get("place_of_worship_attack").stream().filter(e -> e.id().startsWith("R")).findFirst().orElseThrow();
    assertThat(provisional.sources()).extracting(ReportSource::documentId).containsExactly("doc-c");
    assertThat(provisional.status()).isEqualTo("unverified");

    ReportEvent condemnation = byType.get("condemnation").getFirst();
    assertThat(condemnation.incidents()).containsExactly(arson.id());
    assertThat(condemnation.summary()).as("empty summary falls back to the first source sentence").isNotBlank();
    assertThat(condemnation.actors()).extracting(ReportActor::name).containsExactly("Hissein Brahim Taha", "OIC");
    assertThat(byType).doesNotContainKey("desecration"); // rejected
    assertThat(events).extracting(ReportEvent::date).isSorted();
  }

  @Test
  void between_verifiedOnly_leavesOutUnverifiedAndUnattached() {
    List<ReportEvent> events = stores.store().reportEvents().between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true);

    assertThat(events).extracting(ReportEvent::type).containsExactly("place_of_worship_attack");
    assertThat(events.getFirst().id()).startsWith("E");
  }

  @Test
  void between_tenThousandEvents_readsEachWithItsSourceInBulk() throws Exception {
    stores.store().documents().insertIfAbsent(Fixtures.document("doc-bulk"));
    sql(
        "insert into records (document_id, ordinal, kind, type, date, created_at)"
            + " select 'doc-bulk', g, 'incident', 'hate_speech', date '2019-01-01' + (g % 365), now()"
            + " from generate_series(1, 10000) g",
        "insert into evidence (record_id, field, ordinal, document_id, span_start, span_end, quote)"
            + " select id, 'record', 0, 'doc-bulk', 0, 4, 'On 1' from records where document_id = 'doc-bulk'",
        "insert into events (kind, type, date, place_country, status, created_at, updated_at)"
            + " select 'incident', 'hate_speech', date, 'FR', 'verified', now(), now() from records"
            + " where document_id = 'doc-bulk' order by id",
        "insert into event_sources (record_id, event_id, signal, decided_at)"
            + " select r.id, e.id, 'test', now() from"
            + " (select id, row_number() over (order by id) n from records where document_id = 'doc-bulk') r join"
            + " (select id, row_number() over (order by id) n from events where date between '2019-01-01' and '2019-12-31') e"
            + " on r.n = e.n");
    long start = System.nanoTime();

    List<ReportEvent> events = stores.store().reportEvents().between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), true);

    System.out.printf("ReportEventsIT: read %d events with their sources in %d ms%n", events.size(),
        (System.nanoTime() - start) / 1_000_000);
    assertThat(events).hasSize(10_000);
    assertThat(events).allSatisfy(e -> assertThat(e.sources()).extracting(ReportSource::documentId).containsExactly("doc-bulk"));
    assertThat(events.getFirst().summary()).isEqualTo("On 1");
  }

  @Test
  void between_outsideThePeriod_readsNothing() {
    assertThat(stores.store().reportEvents().between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false)).isEmpty();
    assertThatThrownBy(() -> stores.store().reportEvents().between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), false))
        .hasMessageContaining("2025-02-01");
  }
}
