package org.marsad.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An incident or response read from one document, every field with its evidence.
 *
 * @param documentId the document it was read from
 * @param kind incident or response
 * @param type typology id, e.g. {@code desecration}, {@code condemnation}
 * @param date the day it happened (or began); null when the text gives none
 * @param dateEnd the last day of a range, or null
 * @param dateEvidence the mention the date was read from; null when the date was inherited
 * @param place where it happened, or null
 * @param placeEvidence the mention the place was read from, or null
 * @param actors who took part, each with the mention it was read from
 * @param evidence the sentences that state the record; never empty
 * @param provenance which stage and version produced it
 */
public record ExtractedRecord(
    String documentId,
    RecordKind kind,
    String type,
    LocalDate date,
    LocalDate dateEnd,
    Evidence dateEvidence,
    Place place,
    Evidence placeEvidence,
    List<Actor> actors,
    List<Evidence> evidence,
    String provenance) {

  public ExtractedRecord {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    actors = List.copyOf(actors);
    evidence = List.copyOf(evidence);
    provenance = provenance == null ? "" : provenance;
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a record needs evidence: type=" + type);
    }
    if (date != null && dateEnd != null && dateEnd.isBefore(date)) {
      throw new IllegalArgumentException("dateEnd before date: date=" + date + ", dateEnd=" + dateEnd);
    }
  }
}
