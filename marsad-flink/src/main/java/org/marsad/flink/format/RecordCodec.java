package org.marsad.flink.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;
import org.marsad.core.json.RecordJson;

/**
 * Writes a record in {@link RecordJson}'s form plus the place fields it leaves out, and reads it
 * back to an equal {@link ExtractedRecord}. Thread-safe.
 */
final class RecordCodec {

  private RecordCodec() {}

  static ObjectNode toJson(ExtractedRecord r) {
    ObjectNode o = RecordJson.toJson(r.documentId(), r);
    if (r.place() != null) {
      o.set("place", place(r.place()));
    }
    return o;
  }

  /** A place with every field, for {@link #place(JsonNode)} to read back. */
  static ObjectNode place(Place place) {
    ObjectNode p = RecordJson.place(place);
    p.put("admin1", place.admin1());
    p.put("population", place.population());
    p.put("kind", place.kind().name().toLowerCase(java.util.Locale.ROOT));
    return p;
  }

  static ExtractedRecord fromJson(JsonNode o, String documentId) {
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("a record must be a JSON object: " + o);
    }
    DocumentJson.requireFormat(o, RecordJson.FORMAT);
    String docId = DocumentJson.text(o, "document_id", false);
    if (!docId.equals(documentId)) {
      throw new IllegalArgumentException("record of another document: document_id=" + docId
          + ", document=" + documentId);
    }
    List<Actor> actors = new ArrayList<>();
    for (JsonNode a : array(o, "actors")) {
      actors.add(new Actor(DocumentJson.text(a, "name", false), DocumentJson.text(a, "type", true),
          DocumentJson.text(a, "role", true), DocumentJson.text(a, "title", true),
          DocumentJson.text(a, "org", true), DocumentJson.text(a, "country", true),
          DocumentJson.text(a, "registry_id", true), evidence(a.get("evidence"), docId)));
    }
    List<Evidence> evidence = new ArrayList<>();
    for (JsonNode e : array(o, "evidence")) {
      evidence.add(evidence(e, docId));
    }
    return new ExtractedRecord(docId, kind(DocumentJson.text(o, "kind", false)),
        DocumentJson.text(o, "type", false), date(o, "date"), date(o, "date_end"),
        optionalEvidence(o.get("date_evidence"), docId), place(o.get("place")),
        optionalEvidence(o.get("place_evidence"), docId), actors, evidence,
        DocumentJson.text(o, "provenance", true));
  }

  private static RecordKind kind(String id) {
    try {
      return RecordKind.of(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown record kind: kind=" + id, e);
    }
  }

  private static Iterable<JsonNode> array(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException(name + " must be an array: " + v);
    }
    return v;
  }

  private static LocalDate date(JsonNode o, String name) {
    String s = DocumentJson.text(o, name, true);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be YYYY-MM-DD: " + s, e);
    }
  }

  static Place place(JsonNode p) {
    if (p == null || p.isNull()) {
      return null;
    }
    String kind = DocumentJson.text(p, "kind", false);
    Place.Kind k;
    try {
      k = Place.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown place kind: kind=" + kind, e);
    }
    return new Place(DocumentJson.text(p, "gazetteer_id", false), DocumentJson.text(p, "name", false),
        DocumentJson.text(p, "country", false), DocumentJson.text(p, "admin1", true),
        number(p, "lat").doubleValue(), number(p, "lon").doubleValue(),
        number(p, "population").longValue(), k);
  }

  private static Number number(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException(name + " must be a number: " + v);
    }
    return v.numberValue();
  }

  private static Evidence optionalEvidence(JsonNode e, String docId) {
    return e == null || e.isNull() ? null : evidence(e, docId);
  }

  private static Evidence evidence(JsonNode e, String docId) {
    if (e == null || !e.isObject()) {
      throw new IllegalArgumentException("evidence must be an object: " + e);
    }
    return new Evidence(docId, new Span(number(e, "start").intValue(), number(e, "end").intValue()),
        DocumentJson.text(e, "quote", false));
  }
}
