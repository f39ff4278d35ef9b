package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.Fixtures.document;
import static org.marsad.store.Fixtures.evidence;
import static org.marsad.store.Fixtures.incident;
import static org.marsad.store.Fixtures.response;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.alert.IncidentCount;
import org.marsad.core.alert.Spike;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;

/**
 * What spike alerts read and write, on real embedded PostgreSQL: incident events counted per day,
 * country and type (events, not articles; rejected, undated and older ones left out), and the log
 * of alerts sent, which outlives a restart.
 */
class IncidentCountsIT {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

  @TempDir Path home;

  private static ExtractedRecord record(ExtractedRecord r, String type, LocalDate date, String country) {
    Place place = country == null ? null
        : new Place("country:" + country, country, country, "", 0, 0, 0, Place.Kind.COUNTRY);
    return new ExtractedRecord(r.documentId(), r.kind(), type, date, null, date == null ? null : r.dateEvidence(),
        place, place == null ? null : evidence(r.documentId(), "Lyon"), r.actors(), r.evidence(), r.provenance());
  }

  /** Stores a document with one record and starts an event of it; the event id. */
  private static long event(Store store, String doc, ExtractedRecord r) {
    store.documents().insertIfAbsent(document(doc));
    store.records().replaceForDocument(doc, List.of(r));
    return store.events().create(new RecordRef(doc, 0), Decision.of("new", null));
  }

  @Test
  void incidentCounts_countEventsPerDayCountryAndType_withoutRejectedUndatedOrOlder() {
    try (Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      long burning = event(store, "a1", record(incident("a1"), "desecration", DAY, "SE"));
      store.documents().insertIfAbsent(document("a2")); // a second article about the same burning
      store.records().replaceForDocument("a2", List.of(record(incident("a2"), "desecration", DAY, "SE")));
      store.events().attach(new RecordRef("a2", 0), burning, Decision.of("same_event", 0.9));
      event(store, "b", record(incident("b"), "desecration", DAY, "SE"));
      event(store, "placeless", record(incident("placeless"), "desecration", DAY, null));
      long rejected = event(store, "rejected", record(incident("rejected"), "desecration", DAY, "SE"));
      store.events().setStatus(rejected, EventStatus.REJECTED);
      long verified = event(store, "verified", record(incident("verified"), "physical_assault", DAY.plusDays(1), "DK"));
      store.events().setStatus(verified, EventStatus.VERIFIED);
      event(store, "response", record(response("response"), "condemnation", DAY, "SE"));
      event(store, "older", record(incident("older"), "desecration", DAY.minusDays(1), "SE"));
      event(store, "undated", record(incident("undated"), "desecration", null, "SE"));

      assertThat(store.events().incidentCounts(DAY)).containsExactly(
          new IncidentCount(DAY, "", "desecration", 1),
          new IncidentCount(DAY, "SE", "desecration", 2),
          new IncidentCount(DAY.plusDays(1), "DK", "physical_assault", 1));
      assertThat(store.events().incidentCounts(DAY.plusDays(2))).isEmpty();
    }
  }

  @Test
  void alerts_markedOncePerDestination_andRememberedAfterARestart() {
    Spike spike = new Spike(DAY, "SE", "desecration", 5, 0.1, 1e-6);
    try (Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      assertThat(store.alerts().entry("hash-a", spike)).isNotEqualTo(AlertLog.Entry.SENT);
      store.alerts().markSent("hash-a", "https://hooks.example.org", spike);
      store.alerts().markSent("hash-a", "https://hooks.example.org", spike);
      assertThat(store.alerts().entry("hash-a", spike)).isEqualTo(AlertLog.Entry.SENT);
      assertThat(store.alerts().entry("hash-b", spike)).as("another webhook").isNotEqualTo(AlertLog.Entry.SENT);
      assertThat(store.alerts().entry("hash-a", new Spike(DAY, "", "desecration", 5, 0.1, 1e-6)))
          .isNotEqualTo(AlertLog.Entry.SENT);
      assertThat(store.alerts().entry("hash-a", new Spike(DAY.plusDays(1), "SE", "desecration", 5, 0.1, 1e-6)))
          .isNotEqualTo(AlertLog.Entry.SENT);
    }
    try (Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      assertThat(store.alerts().entry("hash-a", spike)).isEqualTo(AlertLog.Entry.SENT);
    }
  }

  @Test
  void alerts_skippedEntry_makesTheDestinationKnownAndTurnsIntoASentOneOnlyWhenSent() {
    Spike spike = new Spike(DAY, "DK", "desecration", 4, 0.1, 1e-6);
    try (Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      assertThat(store.alerts().knows("hash-c")).isFalse();
      store.alerts().markSkipped("hash-c", "https://hooks.example.org", spike);
      assertThat(store.alerts().knows("hash-c")).isTrue();
      assertThat(store.alerts().entry("hash-c", spike)).isEqualTo(AlertLog.Entry.SKIPPED);
      assertThat(store.alerts().entry("hash-c", spike)).isNotEqualTo(AlertLog.Entry.SENT);
      store.alerts().markSent("hash-c", "https://hooks.example.org", spike);
      assertThat(store.alerts().entry("hash-c", spike)).isEqualTo(AlertLog.Entry.SENT);
      store.alerts().markSkipped("hash-c", "https://hooks.example.org", spike);
      assertThat(store.alerts().entry("hash-c", spike)).as("a sent entry stays sent").isEqualTo(AlertLog.Entry.SENT);
      assertThat(store.alerts().knows("hash-d")).isFalse();
    }
  }
}
