package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.time.DateRange;

/**
 * A record being assembled while a document is read; merged with others of the same event, then
 * frozen into an {@link ExtractedRecord}. Not thread-safe: one document's extraction owns it.
 */
final class RecordDraft {

  final String type;
  final RecordKind kind;
  final int sentence;
  DateRange date;
  Evidence dateEvidence;
  boolean dateStated;
  Place place;
  Evidence placeEvidence;
  boolean placeStated;
  final List<Actor> actors = new ArrayList<>();
  final List<Evidence> evidence = new ArrayList<>();

  RecordDraft(String type, RecordKind kind, int sentence) {
    this.type = type;
    this.kind = kind;
    this.sentence = sentence;
  }

  /** Roles that say who did it, as opposed to who took part or where it happened. */
  static final java.util.Set<String> AGENT_ROLES = java.util.Set.of("agent", "perpetrator", "author");

  boolean hasAgent() {
    return actors.stream().anyMatch(a -> AGENT_ROLES.contains(a.role()));
  }

  void addActors(List<Actor> more) {
    for (Actor a : more) {
      boolean known = actors.stream().anyMatch(b -> b.name().equalsIgnoreCase(a.name())
          || (!a.registryId().isEmpty() && a.registryId().equals(b.registryId())));
      if (!known) {
        actors.add(a);
      }
    }
  }

  void addEvidence(Evidence e) {
    if (evidence.stream().noneMatch(x -> x.span().equals(e.span()))) {
      evidence.add(e);
    }
  }

  ExtractedRecord freeze(String documentId, String provenance) {
    return new ExtractedRecord(documentId, kind, type,
        date == null ? null : date.start(),
        date == null || date.isSingleDay() ? null : date.end(),
        dateEvidence, place, placeEvidence, actors, evidence, provenance);
  }
}
