package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.Fixtures.document;
import static org.marsad.store.Fixtures.incident;
import static org.marsad.store.Fixtures.response;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marsad.core.domain.ExtractedRecord;

/**
 * Re-processing a document keeps analysts' work (V7, {@link EventCarryOver}), and merged or
 * deleted events leave a redirect; on real embedded PostgreSQL, one server for the class, each test
 * with its own documents.
 */
class EventCarryOverIT {

  @RegisterExtension static final StoreExtension stores = new StoreExtension();
  static Workspace workspace;

  @BeforeAll
  static void open() {
    workspace = Workspace.over(stores.store(), TestStores.CLOCK, 1);
  }

  @AfterAll
  static void close() {
    if (workspace != null) {
      workspace.close();
    }
  }

  private static void stored(String id, List<ExtractedRecord> records) {
    stores.store().documents().insertIfAbsent(document(id));
    stores.store().records().replaceForDocument(id, records);
  }

  private static long eventOf(String doc, int ordinal) {
    return stores.store().events().eventOf(new RecordRef(doc, ordinal)).orElseThrow();
  }

  private static ExtractedRecord redated(ExtractedRecord r, LocalDate date) {
    return new ExtractedRecord(r.documentId(), r.kind(), r.type(), date, null, r.dateEvidence(),
        r.place(), r.placeEvidence(), r.actors(), r.evidence(), r.provenance());
  }

  @Test
  void replaceForDocument_sameRecords_keepTheirEventsReviewsAndLinks() {
    stored("co-same", List.of(incident("co-same"), response("co-same")));
    long incident = stores.store().events().create(new RecordRef("co-same", 0), Decision.of("new", null));
    long response = stores.store().events().create(new RecordRef("co-same", 1), Decision.of("new", null));
    stores.store().events().link(response, incident, Decision.of("same_document", null));
    workspace.reviews().apply(incident, new ReviewAction.Verify(), "amina");

    stores.store().records().replaceForDocument("co-same", List.of(incident("co-same"), response("co-same")));

    assertThat(eventOf("co-same", 0)).isEqualTo(incident);
    assertThat(eventOf("co-same", 1)).isEqualTo(response);
    Event i = stores.store().events().find(incident).orElseThrow();
    assertThat(i.summary().status()).isEqualTo(EventStatus.VERIFIED);
    assertThat(i.sources()).singleElement().satisfies(s ->
        assertThat(s.decision()).isEqualTo(Decision.of("new", null)));
    assertThat(workspace.events().detail(response).orElseThrow().links()).hasSize(1);
  }

  @Test
  void replaceForDocument_recordsGone_deletesUnreviewedEventsOnlyAndMarksThemGone() {
    stored("co-gone", List.of(incident("co-gone"), response("co-gone")));
    long incident = stores.store().events().create(new RecordRef("co-gone", 0), Decision.of("new", null));
    long response = stores.store().events().create(new RecordRef("co-gone", 1), Decision.of("new", null));
    workspace.reviews().apply(incident, new ReviewAction.Reject(), "amina");

    stores.store().records().replaceForDocument("co-gone", List.of());

    assertThat(stores.store().events().find(incident)).as("reviewed: the analyst's verdict stays").isPresent();
    assertThat(stores.store().events().find(response)).isEmpty();
    assertThat(workspace.events().redirect(response)).contains(new EventRedirect(response, null));
    assertThat(workspace.events().redirect(incident)).isEmpty();
  }

  @Test
  void replaceForDocument_recordRedated_startsAfreshAndTheOldEventGoes() {
    stored("co-redate", List.of(incident("co-redate")));
    long old = stores.store().events().create(new RecordRef("co-redate", 0), Decision.of("new", null));

    stores.store().records().replaceForDocument("co-redate",
        List.of(redated(incident("co-redate"), LocalDate.of(2025, 6, 1))));

    assertThat(stores.store().events().eventOf(new RecordRef("co-redate", 0))).isEmpty();
    assertThat(stores.store().events().find(old)).isEmpty();
  }

  @Test
  void merge_leavesARedirectThatFollowsLaterMerges() {
    stored("co-m1", List.of(incident("co-m1")));
    stored("co-m2", List.of(incident("co-m2")));
    stored("co-m3", List.of(incident("co-m3")));
    long a = stores.store().events().create(new RecordRef("co-m1", 0), Decision.of("new", null));
    long b = stores.store().events().create(new RecordRef("co-m2", 0), Decision.of("new", null));
    long c = stores.store().events().create(new RecordRef("co-m3", 0), Decision.of("new", null));
    workspace.reviews().apply(a, new ReviewAction.Verify(), "amina");

    workspace.reviews().apply(a, new ReviewAction.Merge(b), "amina");
    workspace.reviews().apply(b, new ReviewAction.Merge(c), "amina");

    assertThat(stores.store().events().find(a)).as("merged, though reviewed").isEmpty();
    assertThat(stores.store().events().find(b)).isEmpty();
    assertThat(workspace.events().redirect(a)).contains(new EventRedirect(a, c));
    assertThat(workspace.events().redirect(b)).contains(new EventRedirect(b, c));
    assertThat(stores.store().events().find(c).orElseThrow().sources()).hasSize(3);
  }

  @Test
  void requeueAll_setsEveryDocumentBackToIngested() {
    stored("co-q", List.of());
    stores.store().documents().markStatus("co-q", DocumentStatus.PROCESSED);

    assertThat(stores.store().documents().requeueAll()).isPositive();

    assertThat(stores.store().documents().status("co-q")).contains(DocumentStatus.INGESTED);
    assertThat(stores.store().documents().requeueAll()).isZero();
  }
}
