package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.dedup.RecordMatcher;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;
import org.marsad.store.Event;
import org.marsad.store.EventFilter;
import org.marsad.store.RecordRef;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * The embedded host's dedup step on real embedded PostgreSQL: reports of one incident make one
 * event, a same-day incident elsewhere another, a syndicated copy is marked and joins by
 * near-duplicate, responses link to the incidents of their article, and processing again leaves
 * the counts as they were. Each test uses its own typology type so that they do not meet.
 */
class EventAssignerIT {

  @TempDir static Path home;
  static Store store;
  static EventAssigner assigner;

  static final Place LYON = new Place("2996944", "Lyon", "FR", "84", 45.748, 4.847, 472317, Place.Kind.CITY);
  static final Place MARSEILLE = new Place("2995469", "Marseille", "FR", "93", 43.297, 5.381, 794811,
      Place.Kind.CITY);
  static final LocalDate DAY = LocalDate.of(2025, 5, 12);

  @BeforeAll
  static void open() {
    store = Store.open(StoreConfig.embedded(home).withBinaries(Path.of("target", "pgbin")),
        Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC));
    assigner = new EventAssigner(store, RecordMatcher.standard());
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  static Document doc(String id, String text) {
    return new Document(id, "test", "https://example.org/" + id, "", DAY.plusDays(1), "", "en", text);
  }

  static ExtractedRecord incident(String docId, String type, Place place) {
    Evidence e = new Evidence(docId, new Span(0, 4), "fire");
    return new ExtractedRecord(docId, RecordKind.INCIDENT, type, DAY, null, e, place, e, List.of(), List.of(e), "t");
  }

  static ExtractedRecord condemnation(String docId) {
    Evidence e = new Evidence(docId, new Span(0, 4), "fire");
    Actor oic = new Actor("OIC", "ORGANIZATION", "agent", null, null, null, "oic", e);
    return new ExtractedRecord(docId, RecordKind.RESPONSE, "condemnation", DAY, null, e, null, null, List.of(oic),
        List.of(e), "t");
  }

  /** Stores the document and its records, then assigns them: what the Processor does. */
  static void process(Document d, List<ExtractedRecord> records) {
    store.documents().insertIfAbsent(d);
    store.records().replaceForDocument(d.id(), records);
    assigner.assign(d, records);
  }

  @Test
  void assign_threeReportsOfOneIncident_makeOneEventAndSameDayElsewhereAnother() {
    String type = "type-one-incident";
    process(doc("a1", "Fire at the Lyon mosque on Monday; the OIC condemned it. Report one by A."),
        List.of(incident("a1", type, LYON), condemnation("a1")));
    process(doc("a2", "A mosque in Lyon burnt on Monday night, said the police chief of the Rhone."),
        List.of(incident("a2", type, LYON)));
    process(doc("a3", "In Marseille a mosque was also set alight on Monday, a separate attack."),
        List.of(incident("a3", type, MARSEILLE)));

    assertThat(store.events().count(EventFilter.all().withType(type))).isEqualTo(2);
    long lyon = store.events().eventOf(new RecordRef("a1", 0)).orElseThrow();
    assertThat(store.events().eventOf(new RecordRef("a2", 0))).contains(lyon);
    assertThat(store.events().eventOf(new RecordRef("a3", 0)).orElseThrow()).isNotEqualTo(lyon);
    Event event = store.events().find(lyon).orElseThrow();
    assertThat(event.sources()).extracting(s -> s.decision().signal())
        .containsExactly("new", "same_event:type+date+place");
    long response = store.events().eventOf(new RecordRef("a1", 1)).orElseThrow();
    assertThat(event.links()).singleElement().satisfies(l -> {
      assertThat(l.other().id()).isEqualTo(response);
      assertThat(l.decision().signal()).isEqualTo("same_document");
    });
  }

  @Test
  void assign_syndicatedCopy_isMarkedAndJoinsByNearDuplicate() {
    String type = "type-syndicated";
    String text = "A mosque in the northern town of Ashbury was set on fire early on Sunday, police said."
        + " Nobody was hurt, but the prayer hall and the library were destroyed. The imam, Yusuf Karim,"
        + " said the community was shocked and called for calm.";
    process(doc("s1", text), List.of(incident("s1", type, LYON)));
    // the copy's extraction read another date: only the near-duplicate ties it to the original
    ExtractedRecord misdated = new ExtractedRecord("s2", RecordKind.INCIDENT, type, DAY.minusDays(30), null,
        null, null, null, List.of(), List.of(new Evidence("s2", new Span(0, 1), "B")), "t");
    process(doc("s2", "By Agence Presse. " + text), List.of(misdated));

    assertThat(store.documents().duplicateOf("s2")).contains("s1");
    long event = store.events().eventOf(new RecordRef("s1", 0)).orElseThrow();
    assertThat(store.events().eventOf(new RecordRef("s2", 0))).contains(event);
    assertThat(store.events().find(event).orElseThrow().sources().get(1).decision().signal())
        .isEqualTo("near_duplicate:s1");
  }

  @Test
  void assign_processingAgain_leavesTheCountsAsTheyWere() {
    String type = "type-again";
    Document d1 = doc("r1", "Graffiti on the Lyon mosque on Monday. First report.");
    Document d2 = doc("r2", "Lyon: mosque daubed with graffiti on Monday. Second report, other words.");
    process(d1, List.of(incident("r1", type, LYON), condemnation("r1")));
    process(d2, List.of(incident("r2", type, LYON)));
    var before = store.counts();
    long eventsOfType = store.events().count(EventFilter.all().withType(type));

    process(d1, List.of(incident("r1", type, LYON), condemnation("r1")));
    process(d2, List.of(incident("r2", type, LYON)));
    process(d1, List.of(incident("r1", type, LYON), condemnation("r1")));

    assertThat(store.counts()).isEqualTo(before);
    assertThat(store.events().count(EventFilter.all().withType(type))).isEqualTo(eventsOfType).isEqualTo(1);
    long event = store.events().eventOf(new RecordRef("r1", 0)).orElseThrow();
    assertThat(store.events().find(event).orElseThrow().summary().sources()).isEqualTo(2);
    assertThat(store.events().find(event).orElseThrow().links()).hasSize(1);
  }
}
