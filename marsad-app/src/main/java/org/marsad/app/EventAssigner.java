package org.marsad.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.dedup.EventProfile;
import org.marsad.core.dedup.RecordMatch;
import org.marsad.core.dedup.RecordMatcher;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;
import org.marsad.store.Decision;
import org.marsad.store.EventCandidate;
import org.marsad.store.EventSummary;
import org.marsad.store.RecordRef;
import org.marsad.store.Store;

/**
 * The dedup step of the embedded host: after a document's records are stored, each joins the
 * existing event it reports ({@link RecordMatcher} over the store's date-blocked candidates) or
 * starts a new one; then every response event of the document is linked to every incident event
 * of the same document (an article that reports a burning and its condemnation ties the two).
 * Needs the store. Thread-safe: documents are assigned one at a time, so two reports of one event
 * processed in parallel cannot both start it.
 */
final class EventAssigner {

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

  /** Assigns the stored {@code records} of {@code documentId}, in their stored order. */
  synchronized Assigned assign(String documentId, List<ExtractedRecord> records) {
    int created = 0;
    int joined = 0;
    Set<Long> incidents = new LinkedHashSet<>();
    Set<Long> responses = new LinkedHashSet<>();
    Set<Long> ofThisDocument = new LinkedHashSet<>();
    for (int i = 0; i < records.size(); i++) {
      ExtractedRecord r = records.get(i);
      RecordRef ref = new RecordRef(documentId, i);
      List<EventProfile> candidates = new ArrayList<>();
      for (EventCandidate c : candidates(r)) {
        if (!ofThisDocument.contains(c.event().id())) { // one article's records are distinct events
          candidates.add(profile(c));
        }
      }
      Optional<RecordMatch> match = matcher.best(r, candidates);
      long event;
      if (match.isPresent()) {
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
