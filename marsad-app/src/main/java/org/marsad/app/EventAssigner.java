package org.marsad.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.dedup.ClustererConfig;
import org.marsad.core.dedup.EventProfile;
import org.marsad.core.dedup.MinHasher;
import org.marsad.core.dedup.RecordMatch;
import org.marsad.core.dedup.RecordMatcher;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;
import org.marsad.store.Decision;
import org.marsad.store.DocumentSketch;
import org.marsad.store.EventCandidate;
import org.marsad.store.EventSummary;
import org.marsad.store.RecordRef;
import org.marsad.store.Store;

/**
 * The dedup step of the embedded host. First the document's MinHash sketch is stored and compared
 * with those sharing an LSH band: a near-duplicate (syndicated copy, update) is marked as such
 * ({@code documents.duplicate_of}, pointing at the first stored original) and its records join the
 * events of the original's records of the same kind and type (signal {@code near_duplicate}). Each
 * other record joins the existing event it reports ({@link RecordMatcher} over the store's
 * date-blocked candidates) or starts a new one; then every response event of the document is
 * linked to every incident event of the same document (an article that reports a burning and its
 * condemnation ties the two). A record that already has an event (a re-processed document's
 * record kept its predecessor's, or an analyst placed it) keeps it, so re-running changes nothing.
 * Needs the store. Thread-safe: documents are assigned one at a time, so two reports of one event
 * processed in parallel cannot both start it.
 */
final class EventAssigner {

  /** Least estimated Jaccard similarity of shingles for a near-duplicate. */
  static final double NEAR_DUPLICATE = ClustererConfig.defaults().nearDuplicate();

  /** Candidates read per record; the date window keeps them few. */
  private static final int CANDIDATES = 500;

  private final Store store;
  private final RecordMatcher matcher;

  EventAssigner(Store store, RecordMatcher matcher) {
    this.store = store;
    this.matcher = matcher;
  }

  /** What happened to a document's records. */
  record Assigned(int created, int joined, int links) {}

  /** Assigns the stored {@code records} of document {@code doc}, in their stored order. */
  synchronized Assigned assign(Document doc, List<ExtractedRecord> records) {
    String documentId = doc.id();
    Optional<Near> near = nearDuplicate(doc);
    store.documents().markDuplicate(documentId, near.map(Near::original).orElse(null));
    List<ExtractedRecord> originals = near.map(n -> store.records().forDocument(n.original())).orElse(List.of());
    int created = 0;
    int joined = 0;
    Set<Long> incidents = new LinkedHashSet<>();
    Set<Long> responses = new LinkedHashSet<>();
    Set<Long> ofThisDocument = new LinkedHashSet<>();
    for (int i = 0; i < records.size(); i++) {
      ExtractedRecord r = records.get(i);
      RecordRef ref = new RecordRef(documentId, i);
      Optional<Long> kept = store.events().eventOf(ref);
      if (kept.isPresent()) { // re-processed: it kept its event (EventCarryOver), which stays
        ofThisDocument.add(kept.get());
        (r.kind() == RecordKind.INCIDENT ? incidents : responses).add(kept.get());
        continue;
      }
      List<EventProfile> candidates = new ArrayList<>();
      for (EventCandidate c : candidates(r)) {
        if (!ofThisDocument.contains(c.event().id())) { // one article's records are distinct events
          candidates.add(profile(c));
        }
      }
      Optional<RecordMatch> match = matcher.best(r, candidates);
      Optional<Long> copied = near.isPresent() ? originalEvent(near.get().original(), originals, r) : Optional.empty();
      long event;
      if (copied.isPresent() && !ofThisDocument.contains(copied.get())) {
        event = copied.get();
        store.events().attach(ref, event, Decision.of("near_duplicate:" + near.get().original(), near.get().jaccard()));
        joined++;
      } else if (match.isPresent()) {
        event = match.get().eventId();
        store.events().attach(ref, event,
            Decision.of("same_event:" + match.get().signals(), match.get().score()));
        joined++;
      } else {
        event = store.events().create(ref, Decision.of("new", null));
        created++;
      }
      ofThisDocument.add(event);
      (r.kind() == RecordKind.INCIDENT ? incidents : responses).add(event);
    }
    int links = 0;
    for (long response : responses) {
      for (long incident : incidents) {
        store.events().link(response, incident, Decision.of("same_document", null));
        links++;
      }
    }
    return new Assigned(created, joined, links);
  }

  /** The original a document copies, with the estimated Jaccard similarity of their shingles. */
  private record Near(String original, double jaccard) {}

  /** Stores the document's sketch and finds the original it nearly duplicates, if any. */
  private Optional<Near> nearDuplicate(Document doc) {
    long[] signature = MinHasher.signature(doc.text());
    long[] bands = MinHasher.bands(signature);
    Near best = null;
    for (DocumentSketch s : store.documents().sharingBands(doc.id(), MinHasher.SCHEME, bands)) {
      if (doc.id().equals(s.duplicateOf())) {
        continue; // a copy of this document, which is its original: processing it again
      }
      double j = MinHasher.jaccard(signature, s.minhash());
      if (j >= NEAR_DUPLICATE && (best == null || j > best.jaccard())) {
        // point at the first original, never at another copy
        best = new Near(s.duplicateOf() != null ? s.duplicateOf() : s.documentId(), j);
      }
    }
    store.documents().saveSketch(doc.id(), MinHasher.SCHEME, signature, bands);
    return Optional.ofNullable(best);
  }

  /** The event of the original's first record of the same kind and type, if it has one. */
  private Optional<Long> originalEvent(String original, List<ExtractedRecord> originals, ExtractedRecord r) {
    for (int i = 0; i < originals.size(); i++) {
      ExtractedRecord o = originals.get(i);
      if (o.kind() == r.kind() && o.type().equals(r.type())) {
        Optional<Long> e = store.events().eventOf(new RecordRef(original, i));
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return Optional.empty();
  }

  private List<EventCandidate> candidates(ExtractedRecord r) {
    if (r.date() == null) {
      return store.events().candidates(r.kind(), null, null, true, CANDIDATES);
    }
    int w = matcher.dayWindow(r.kind());
    LocalDate end = r.dateEnd() == null ? r.date() : r.dateEnd();
    return store.events().candidates(r.kind(), r.date().minusDays(w), end.plusDays(w), false, CANDIDATES);
  }

  private static EventProfile profile(EventCandidate c) {
    EventSummary e = c.event();
    return new EventProfile(e.id(), e.kind(), e.type(), e.date(), e.dateEnd(), e.place(), c.placeIds(), c.actors());
  }
}
