package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;

/**
 * Documents and records for the store's tests. Each call with a new {@code id} gives a new
 * document.
 */
final class Fixtures {

  static final String TEXT =
      "On 12 May 2025 a mosque in Lyon was set on fire. The OIC Secretary-General Hissein Brahim"
          + " Taha condemned the arson attack on 14 May 2025 in Jeddah. مسجد \uD83D\uDD4C";

  private Fixtures() {}

  static Document document(String id) {
    return new Document(
        id,
        "test-feed",
        "https://example.org/" + id,
        "Mosque set on fire in Lyon",
        LocalDate.of(2025, 5, 13),
        "A. Reporter",
        "en",
        TEXT);
  }

  static Evidence evidence(String documentId, String quote) {
    int start = TEXT.indexOf(quote);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + quote);
    }
    return new Evidence(documentId, new Span(start, start + quote.length()), quote);
  }

  /** An incident with a city, a date with its evidence, and no actors. */
  static ExtractedRecord incident(String documentId) {
    Place lyon =
        new Place("2996944", "Lyon", "FR", "84", 45.74846, 4.84671, 472317, Place.Kind.CITY);
    return new ExtractedRecord(
        documentId,
        RecordKind.INCIDENT,
        "place_of_worship_attack",
        LocalDate.of(2025, 5, 12),
        null,
        evidence(documentId, "12 May 2025"),
        lyon,
        evidence(documentId, "Lyon"),
        List.of(),
        List.of(evidence(documentId, "a mosque in Lyon was set on fire")),
        "test 1");
  }

  /** A response with an actor, a date range, a country-level place and two pieces of evidence. */
  static ExtractedRecord response(String documentId) {
    Actor taha =
        new Actor(
            "Hissein Brahim Taha",
            "PERSON",
            "agent",
            "Secretary-General",
            "OIC",
            "",
            "oic-sg-taha",
            evidence(documentId, "Hissein Brahim Taha"));
    Actor oic =
        new Actor(
            "OIC",
            "ORGANIZATION",
            "participant",
            null,
            null,
            null,
            null,
            evidence(documentId, "OIC"));
    Place saudi =
        new Place("country:SA", "Saudi Arabia", "SA", "", 24.0, 45.0, 0, Place.Kind.COUNTRY);
    return new ExtractedRecord(
        documentId,
        RecordKind.RESPONSE,
        "condemnation",
        LocalDate.of(2025, 5, 14),
        LocalDate.of(2025, 5, 15),
        evidence(documentId, "14 May 2025"),
        saudi,
        evidence(documentId, "Jeddah"),
        List.of(taha, oic),
        List.of(
            evidence(documentId, "condemned the arson attack"),
            evidence(documentId, "مسجد \uD83D\uDD4C")),
        "test 1");
  }

  /** A response with nothing optional: no date, no place, no actors. */
  static ExtractedRecord bareResponse(String documentId) {
    return new ExtractedRecord(
        documentId,
        RecordKind.RESPONSE,
        "statement",
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(evidence(documentId, "condemned")),
        null);
  }
}
