package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.Fixtures.document;
import static org.marsad.store.Fixtures.incident;
import static org.marsad.store.Fixtures.response;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.ExtractedRecord;

/**
 * Re-processing a document keeps analysts' work (V7, {@link EventCarryOver}), and merged or
 * deleted events leave a redirect; on real embedded PostgreSQL, one server for the class, each test
 * with its own documents.
 */
class EventCarryOverIT {

  @TempDir static Path home;
  static Store store;
  static Workspace workspace;

  @BeforeAll
  static void open() {
    store = Store.open(TestStores.embedded(home), TestStores.CLOCK);
    workspace = Workspace.over(store, TestStores.CLOCK, 1);
  }

  @AfterAll
  static void close() {
    if (workspace != null) {
      workspace.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void stored(String id, List<ExtractedRecord> records) {
    store.documents().insertIfAbsent(document(id));
    store.records().replaceForDocument(id, records);
  }

  private static long eventOf(String doc, int ordinal) {
    return store.events().eventOf(new RecordRef(doc, ordinal)).orElseThrow();
  }

  private static ExtractedRecord redated(ExtractedRecord r, LocalDate date) {
    return new ExtractedRecord(r.documentId(), r.kind(), r.type(), date, null, r.dateEvidence(),
        r.place(), r.placeEvidence(), r.actors(), r.evidence(), r.provenance());
  }

  @Test
  void replaceForDocument_sameRecords_keepTheirEventsReviewsAndLinks() {
    stored("co-same", List.of(incident("co-same"), response("co-same")));
    long incident = store.events().create(new RecordRef("co-same", 0), Decision.of("new", null));
    long response = store.events().create(new RecordRef("co-same", 1), Decision.of("new", null));
    store.events().link(response, incident, Decision.of("same_document", null));
    workspace.reviews().apply(incident, new ReviewAction.Verify(), "amina");

    store.records().replaceForDocument("co-same", List.of(incident("co-same"), response("co-same")));

    assertThat(eventOf("co-same", 0)).isEqualTo(incident);
    assertThat(eventOf("co-same", 1)).isEqualTo(response);
    Event i = store.events().find(incident).orElseThrow();
    assertThat(i.summary().status()).isEqualTo(EventStatus.VERIFIED);
    assertThat(i.sources()).singleElement().satisfies(s ->
        assertThat(s.decision()).isEqualTo(Decision.of("new", null)));
    assertThat(workspace.events().detail(response).orElseThrow().links()).hasSize(1);
  }

  @Test
  void replaceForDocument_recordsGone_deletesUnreviewedEventsOnlyAndMarksThemGone() {
    stored("co-gone", List.of(incident("co-gone"), response("co-gone")));
    long incident = store.events().create(new RecordRef("co-gone", 0), Decision.of("new", null));
    long response = store.events().create(new RecordRef("co-gone", 1), Decision.of("new", null));
    workspace.reviews().apply(incident, new ReviewAction.Reject(), "amina");

    store.records().replaceForDocument("co-gone", List.of());

    assertThat(store.events().find(incident)).as("reviewed: the analyst's verdict stays").isPresent();
    assertThat(store.events().find(response)).isEmpty();
    assertThat(workspace.events().redirect(response)).contains(new EventRedirect(response, null));
    assertThat(workspace.events().redirect(incident)).isEmpty();
  }

  @Test
  void replaceForDocument_recordRedated_startsAfreshAndTheOldEventGoes() {
    stored("co-redate", List.of(incident("co-redate")));
    long old = store.events().create(new RecordRef("co-redate", 0), Decision.of("new", null));

    store.records().replaceForDocument("co-redate",
        List.of(redated(incident("co-redate"), LocalDate.of(2025, 6, 1))));

    assertThat(store.events().eventOf(new RecordRef("co-redate", 0))).isEmpty();
    assertThat(store.events().find(old)).isEmpty();
  }

  @Test
  void merge_leavesARedirectThatFollowsLaterMerges() {
    stored("co-m1", List.of(incident("co-m1")));
    stored("co-m2", List.of(incident("co-m2")));
    stored("co-m3", List.of(incident("co-m3")));
    long a = store.events().create(new RecordRef("co-m1", 0), Decision.of("new", null));
    long b = store.events().create(new RecordRef("co-m2", 0), Decision.of("new", null));
    long c = store.events().create(new RecordRef("co-m3", 0), Decision.of("new", null));
    workspace.reviews().apply(a, new ReviewAction.Verify(), "amina");

    workspace.reviews().apply(a, new ReviewAction.Merge(b), "amina");
    workspace.reviews().apply(b, new ReviewAction.Merge(c), "amina");

    assertThat(store.events().find(a)).as("merged, though reviewed").isEmpty();
    assertThat(store.events().find(b)).isEmpty();
    assertThat(workspace.events().redirect(a)).contains(new EventRedirect(a, c));
    assertThat(workspace.events().redirect(b)).contains(new EventRedirect(b, c));
    assertThat(store.events().find(c).orElseThrow().sources()).hasSize(3);
  }

  @Test
  void requeueAll_setsEveryDocumentBackToIngested() {
    stored("co-q", List.of());
    store.documents().markStatus("co-q", DocumentStatus.PROCESSED);

    assertThat(store.documents().requeueAll()).isPositive();

    assertThat(store.documents().status("co-q")).contains(DocumentStatus.INGESTED);
    assertThat(store.documents().requeueAll()).isZero();
  }
}
