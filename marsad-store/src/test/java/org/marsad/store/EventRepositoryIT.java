package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.store.Fixtures.document;
import static org.marsad.store.Fixtures.incident;
import static org.marsad.store.Fixtures.response;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;

/**
 * Events on real embedded PostgreSQL, one server for the class. Each test uses its own documents
 * and, where it counts, its own typology type, so tests do not see each other's events.
 */
class EventRepositoryIT {

  @RegisterExtension static final StoreExtension stores = new StoreExtension();

  /** Stores document {@code id} with {@code records}. */
  private static void stored(String id, List<ExtractedRecord> records) {
    stores.store().documents().insertIfAbsent(document(id));
    stores.store().records().replaceForDocument(id, records);
  }

  private static ExtractedRecord retyped(ExtractedRecord r, String type, LocalDate date) {
    return new ExtractedRecord(r.documentId(), r.kind(), type, date, null, r.dateEvidence(),
        r.place(), r.placeEvidence(), r.actors(), r.evidence(), r.provenance());
  }

  @Test
  void create_thenFind_givesTheSourceWithItsRecordDocumentAndDecision() {
    stored("ev-create", List.of(incident("ev-create")));
    long id = stores.store().events().create(new RecordRef("ev-create", 0), Decision.of("new", null));

    Event e = stores.store().events().find(id).orElseThrow();

    assertThat(e.summary().kind()).isEqualTo(RecordKind.INCIDENT);
    assertThat(e.summary().type()).isEqualTo("place_of_worship_attack");
    assertThat(e.summary().date()).isEqualTo(LocalDate.of(2025, 5, 12));
    assertThat(e.summary().place().name()).isEqualTo("Lyon");
    assertThat(e.summary().summary()).isEqualTo("Mosque set on fire in Lyon");
    assertThat(e.summary().sources()).isEqualTo(1);
    assertThat(e.sources()).singleElement().satisfies(s -> {
      assertThat(s.record()).isEqualTo(incident("ev-create"));
      assertThat(s.document().id()).isEqualTo("ev-create");
      assertThat(s.decision()).isEqualTo(Decision.of("new", null));
      assertThat(s.decidedAt()).isEqualTo(TestStores.STORED_NOW);
    });
    assertThat(stores.store().events().eventOf(new RecordRef("ev-create", 0))).contains(id);
  }

  @Test
  void attach_threeSources_eventTakesTheMostFrequentDate() {
    String type = "type-majority";
    stored("ev-maj-1", List.of(retyped(incident("ev-maj-1"), type, LocalDate.of(2025, 5, 13))));
    stored("ev-maj-2", List.of(retyped(incident("ev-maj-2"), type, LocalDate.of(2025, 5, 12))));
    stored("ev-maj-3", List.of(retyped(incident("ev-maj-3"), type, LocalDate.of(2025, 5, 12))));
    long id = stores.store().events().create(new RecordRef("ev-maj-1", 0), Decision.of("new", null));
    assertThat(stores.store().events().find(id).orElseThrow().summary().date()).isEqualTo(LocalDate.of(2025, 5, 13));

    stores.store().events().attach(new RecordRef("ev-maj-2", 0), id, Decision.of("same_event:type+date", 0.8));
    stores.store().events().attach(new RecordRef("ev-maj-3", 0), id, Decision.of("same_event:type+date", 0.9));

    Event e = stores.store().events().find(id).orElseThrow();
    assertThat(e.summary().date()).isEqualTo(LocalDate.of(2025, 5, 12));
    assertThat(e.summary().sources()).isEqualTo(3);
    assertThat(e.summary().documents()).isEqualTo(3);
    assertThat(e.sources()).extracting(s -> s.decision().signal())
        .containsExactly("new", "same_event:type+date", "same_event:type+date");
    assertThat(stores.store().events().count(EventFilter.all().withType(type))).isEqualTo(1);
  }

  @Test
  void replaceForDocument_again_keepsTheEventOfTheSameRecordAndDropsTheSourceless() {
    String type = "type-reprocess";
    stored("ev-re-1", List.of(retyped(incident("ev-re-1"), type, LocalDate.of(2025, 5, 12))));
    stored("ev-re-2", List.of(retyped(incident("ev-re-2"), type, LocalDate.of(2025, 5, 14))));
    long alone = stores.store().events().create(new RecordRef("ev-re-1", 0), Decision.of("new", null));
    long shared = stores.store().events().create(new RecordRef("ev-re-2", 0), Decision.of("new", null));
    stored("ev-re-3", List.of(retyped(incident("ev-re-3"), type, LocalDate.of(2025, 5, 15))));
    stores.store().events().attach(new RecordRef("ev-re-3", 0), shared, Decision.of("same_event", 0.7));
    Counts before = stores.store().counts();

    // processing again: the records are replaced, then assigned again
    stores.store().records().replaceForDocument("ev-re-1",
        List.of(retyped(incident("ev-re-1"), type, LocalDate.of(2025, 5, 12))));
    stores.store().records().replaceForDocument("ev-re-3", List.of());

    assertThat(stores.store().events().eventOf(new RecordRef("ev-re-1", 0))).contains(alone);
    assertThat(stores.store().events().find(alone).orElseThrow().summary().sources()).isEqualTo(1);
    assertThat(stores.store().events().find(shared).orElseThrow().summary().sources()).isEqualTo(1);
    assertThat(stores.store().events().find(shared).orElseThrow().summary().date()).isEqualTo(LocalDate.of(2025, 5, 14));
    assertThat(stores.store().counts().incidents()).isEqualTo(before.incidents());
    stores.store().records().replaceForDocument("ev-re-1", List.of());
    assertThat(stores.store().events().find(alone)).isEmpty();
    assertThat(stores.store().counts().incidents()).isEqualTo(before.incidents() - 1);
    assertThat(stores.store().events().count(EventFilter.all().withType(type))).isEqualTo(1);
  }

  @Test
  void attach_movingTheLastSource_deletesTheEmptiedEvent() {
    stored("ev-move", List.of(incident("ev-move")));
    stored("ev-move-2", List.of(incident("ev-move-2")));
    long first = stores.store().events().create(new RecordRef("ev-move", 0), Decision.of("new", null));
    long second = stores.store().events().create(new RecordRef("ev-move-2", 0), Decision.of("new", null));

    stores.store().events().attach(new RecordRef("ev-move", 0), second, new Decision("analyst", null, "amina"));

    assertThat(stores.store().events().find(first)).isEmpty();
    Event merged = stores.store().events().find(second).orElseThrow();
    assertThat(merged.sources()).extracting(s -> s.decision().decidedBy()).contains("amina", "marsad");
  }

  @Test
  void attachOrCreate_givenId_createsOnceAndAgainChangesNothing() {
    String type = "type-given-id";
    stored("ev-given-1", List.of(retyped(incident("ev-given-1"), type, LocalDate.of(2025, 5, 12))));
    stored("ev-given-2", List.of(retyped(incident("ev-given-2"), type, LocalDate.of(2025, 5, 12)),
        response("ev-given-2")));
    long id = (1L << 52) + 12345;

    stores.store().events().attachOrCreate(new RecordRef("ev-given-1", 0), id, Decision.of("new", null));
    stores.store().events().attachOrCreate(new RecordRef("ev-given-2", 0), id, Decision.of("same_event:type+date", 0.6));
    Counts once = stores.store().counts();
    stores.store().events().attachOrCreate(new RecordRef("ev-given-1", 0), id, Decision.of("again", null));
    stores.store().events().attachOrCreate(new RecordRef("ev-given-2", 0), id, Decision.of("again", null));

    Event e = stores.store().events().find(id).orElseThrow();
    assertThat(e.summary().type()).isEqualTo(type);
    assertThat(e.sources()).extracting(s -> s.decision().signal())
        .containsExactly("new", "same_event:type+date");
    assertThat(stores.store().counts()).isEqualTo(once);
    assertThat(stores.store().events().count(EventFilter.all().withType(type))).isEqualTo(1);
    assertThatThrownBy(() -> stores.store().events().attachOrCreate(new RecordRef("ev-given-2", 1), id, Decision.of("x", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds differ");
  }

  @Test
  void link_responseToIncident_isSeenFromBoth() {
    stored("ev-link", List.of(incident("ev-link"), response("ev-link")));
    long incident = stores.store().events().create(new RecordRef("ev-link", 0), Decision.of("new", null));
    long response = stores.store().events().create(new RecordRef("ev-link", 1), Decision.of("new", null));

    stores.store().events().link(response, incident, Decision.of("same_document", null));

    assertThat(stores.store().events().find(response).orElseThrow().links())
        .singleElement().satisfies(l -> assertThat(l.other().id()).isEqualTo(incident));
    assertThat(stores.store().events().find(incident).orElseThrow().links())
        .singleElement().satisfies(l -> assertThat(l.other().id()).isEqualTo(response));
    assertThatThrownBy(() -> stores.store().events().link(incident, response, Decision.of("x", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not response");
  }

  @Test
  void attach_kindsDiffer_fails() {
    stored("ev-kinds", List.of(incident("ev-kinds"), response("ev-kinds")));
    long incident = stores.store().events().create(new RecordRef("ev-kinds", 0), Decision.of("new", null));
    assertThatThrownBy(() -> stores.store().events().attach(new RecordRef("ev-kinds", 1), incident, Decision.of("x", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds differ");
    assertThatThrownBy(() -> stores.store().events().create(new RecordRef("ev-kinds", 7), Decision.of("x", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordinal=7");
  }

  @Test
  void listAndCounts_filterByKindTypeCountryStatusAndDates() {
    String type = "type-filter";
    stored("ev-f-1", List.of(retyped(incident("ev-f-1"), type, LocalDate.of(2024, 1, 1))));
    stored("ev-f-2", List.of(retyped(incident("ev-f-2"), type, LocalDate.of(2024, 2, 1))));
    long a = stores.store().events().create(new RecordRef("ev-f-1", 0), Decision.of("new", null));
    long b = stores.store().events().create(new RecordRef("ev-f-2", 0), Decision.of("new", null));
    EventFilter ofType = EventFilter.all().withType(type).withKind(RecordKind.INCIDENT);
    Counts before = stores.store().counts();

    stores.store().events().setStatus(a, EventStatus.REJECTED);

    assertThat(stores.store().events().list(ofType, 0, 10)).extracting(EventSummary::id).containsExactly(b, a);
    assertThat(stores.store().events().count(ofType.withStatus(EventStatus.UNVERIFIED))).isEqualTo(1);
    assertThat(stores.store().events().count(ofType.withCountry("FR"))).isEqualTo(2);
    assertThat(stores.store().events().count(ofType.withCountry("DE"))).isZero();
    assertThat(stores.store().events().count(ofType.withDates(LocalDate.of(2024, 1, 15), null))).isEqualTo(1);
    assertThat(stores.store().events().countByType(ofType)).containsEntry(type, 2L);
    assertThat(stores.store().events().countByCountry(ofType)).containsEntry("FR", 2L);
    assertThat(stores.store().counts().incidents()).isEqualTo(before.incidents() - 1); // rejected: not counted
  }

  @Test
  void candidates_areTheEventsOfTheKindInTheWindow_withTheirActorsAndPlaces() {
    stored("ev-cand", List.of(retyped(response("ev-cand"), "condemnation", LocalDate.of(2023, 7, 2))));
    long id = stores.store().events().create(new RecordRef("ev-cand", 0), Decision.of("new", null));

    List<EventCandidate> in = stores.store().events().candidates(
        RecordKind.RESPONSE, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 3), false, 100);
    List<EventCandidate> out = stores.store().events().candidates(
        RecordKind.RESPONSE, LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 9), false, 100);

    assertThat(in).filteredOn(c -> c.event().id() == id).singleElement().satisfies(c -> {
      assertThat(c.actors()).containsExactlyInAnyOrder("oic-sg-taha", "oic");
      assertThat(c.placeIds()).containsExactly("country:SA");
    });
    assertThat(out).noneMatch(c -> c.event().id() == id);
  }

  @Test
  void markDuplicate_pointsTheCopyAtItsOriginal() {
    stores.store().documents().insertIfAbsent(document("dup-original"));
    stores.store().documents().insertIfAbsent(document("dup-copy"));

    stores.store().documents().markDuplicate("dup-copy", "dup-original");

    assertThat(stores.store().documents().duplicateOf("dup-copy")).contains("dup-original");
    assertThat(stores.store().documents().duplicateOf("dup-original")).isEmpty();
    assertThatThrownBy(() -> stores.store().documents().markDuplicate("dup-copy", "nowhere"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
  }

  @Test
  void sharingBands_findsOnlyDocumentsWithACommonBandOfTheScheme() {
    for (String id : List.of("sk-a", "sk-b", "sk-c")) {
      stores.store().documents().insertIfAbsent(document(id));
    }
    stores.store().documents().saveSketch("sk-a", "s1", new long[] {1, 2, 3}, new long[] {10, 20});
    stores.store().documents().saveSketch("sk-b", "s1", new long[] {1, 2, 4}, new long[] {11, 20});
    stores.store().documents().saveSketch("sk-c", "s1", new long[] {9, 9, 9}, new long[] {20, 10}); // bands swapped
    stores.store().documents().markDuplicate("sk-b", "sk-a");

    List<DocumentSketch> found = stores.store().documents().sharingBands("sk-a", "s1", new long[] {10, 20});

    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.documentId()).isEqualTo("sk-b");
      assertThat(s.minhash()).containsExactly(1, 2, 4);
      assertThat(s.duplicateOf()).isEqualTo("sk-a");
    });
    assertThat(stores.store().documents().sharingBands("sk-a", "s2", new long[] {10, 20})).isEmpty();
  }
}
