package org.marsad.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;

/**
 * The JSON form of an extracted record, version {@value #FORMAT}: the contract of
 * {@code marsad extract}. Thread-safe.
 */
public final class RecordJson {

  public static final String FORMAT = "marsad-record/1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordJson() {}

  public static ObjectNode toJson(String docName, ExtractedRecord r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("doc", docName);
    o.put("kind", r.kind().id());
    o.put("type", r.type());
    putNullable(o, "date", r.date() == null ? null : r.date().toString());
    putNullable(o, "date_end", r.dateEnd() == null ? null : r.dateEnd().toString());
    if (r.place() == null) {
      o.putNull("place");
    } else {
      o.set("place", place(r.place()));
    }
    ArrayNode actors = o.putArray("actors");
    for (Actor a : r.actors()) {
      ObjectNode j = actors.addObject();
      j.put("name", a.name());
      j.put("role", a.role());
      j.put("title", a.title());
      j.put("country", a.country());
      j.put("org", a.org());
      j.put("type", a.type());
      j.put("registry_id", a.registryId());
      j.set("evidence", evidence(a.evidence()));
    }
    ArrayNode evidence = o.putArray("evidence");
    r.evidence().forEach(e -> evidence.add(evidence(e)));
    if (r.dateEvidence() != null) {
      o.set("date_evidence", evidence(r.dateEvidence()));
    }
    if (r.placeEvidence() != null) {
      o.set("place_evidence", evidence(r.placeEvidence()));
    }
    o.put("document_id", r.documentId());
    o.put("provenance", r.provenance());
    o.put("format", FORMAT);
    return o;
  }

  public static ObjectNode place(Place p) {
    ObjectNode j = MAPPER.createObjectNode();
    j.put("name", p.name());
    j.put("country", p.country());
    j.put("lat", p.lat());
    j.put("lon", p.lon());
    j.put("gazetteer_id", p.id());
    return j;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode j = MAPPER.createObjectNode();
    j.put("start", e.span().start());
    j.put("end", e.span().end());
    j.put("quote", e.quote());
    return j;
  }

  private static void putNullable(ObjectNode o, String key, String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }
}
