package org.marsad.flink.format;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;
import org.marsad.flink.DocumentResult;
import org.marsad.store.DocumentStatus;

/** A result with an incident (dated, placed) and a response (with an actor): the golden file's. */
public final class ResultJsonSamples {

  private ResultJsonSamples() {}

  static final String TEXT = "On 12 May 2025 a mosque in Lyon was set on fire. The OIC condemned the attack.";

  public static DocumentResult sample() {
    Document doc = new Document("d1", "feed", "https://example.org/1", "Mosque fire", LocalDate.of(2025, 5, 13),
        "A. Reporter", "en", TEXT);
    Place lyon = new Place("2996944", "Lyon", "FR", "84", 45.74846, 4.84671, 472317, Place.Kind.CITY);
    ExtractedRecord incident = new ExtractedRecord("d1", RecordKind.INCIDENT, "place_of_worship_attack",
        LocalDate.of(2025, 5, 12), null, Evidence.of(doc, new Span(3, 14)), lyon,
        Evidence.of(doc, new Span(27, 31)), List.of(), List.of(Evidence.of(doc, new Span(0, 48))), "extract/1");
    ExtractedRecord response = new ExtractedRecord("d1", RecordKind.RESPONSE, "condemnation", null, null, null,
        null, null,
        List.of(new Actor("OIC", "ORGANIZATION", "agent", "", "", "", "oic", Evidence.of(doc, new Span(53, 56)))),
        List.of(Evidence.of(doc, new Span(49, 78))), "extract/1");
    return DocumentResult.of(doc, DocumentStatus.PROCESSED, List.of(incident, response));
  }

}
