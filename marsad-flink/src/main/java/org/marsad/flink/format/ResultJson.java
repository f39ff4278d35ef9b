package org.marsad.flink.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.json.RecordJson;
import org.marsad.flink.DocumentResult;
import org.marsad.store.DocumentStatus;

/**
 * The JSON form of a {@link DocumentResult} on the results topic, version {@value #FORMAT}:
 * {@code format, document} (a {@value DocumentJson#FORMAT} object), {@code status}, {@code
 * failed_stage}, {@code failure}, and {@code records}, each in the {@value RecordJson#FORMAT} form
 * of {@code marsad extract} with the place's {@code admin1}, {@code population} and {@code kind}
 * added so that nothing is lost. Thread-safe.
 */
public final class ResultJson {

  public static final String FORMAT = "marsad-result/1";

  private ResultJson() {}

  public static String write(DocumentResult r) {
    ObjectNode o = DocumentJson.MAPPER.createObjectNode();
    o.put("format", FORMAT);
    o.set("document", DocumentJson.toJson(r.document()));
    o.put("status", r.status().id());
    o.put("failed_stage", r.failedStage());
    o.put("failure", r.failure());
    ArrayNode records = o.putArray("records");
    for (ExtractedRecord rec : r.records()) {
      records.add(RecordCodec.toJson(rec));
    }
    return DocumentJson.write(o);
  }

  /**
   * The result in {@code json}.
   *
   * @throws IllegalArgumentException when it is not JSON of format {@value #FORMAT} or a field is
   *     missing or invalid; the message names it
   */
  public static DocumentResult read(String json) {
    JsonNode o = DocumentJson.parse(json);
    if (!o.isObject()) {
      throw new IllegalArgumentException("a " + FORMAT + " value must be a JSON object: " + o);
    }
    DocumentJson.requireFormat(o, FORMAT);
    Document document = DocumentJson.fromJson(o.get("document"), DocumentJson.FORMAT);
    String status = DocumentJson.text(o, "status", false);
    DocumentStatus s;
    try {
      s = DocumentStatus.of(status);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown status: status=" + status, e);
    }
    JsonNode recs = o.get("records");
    if (recs == null || !recs.isArray()) {
      throw new IllegalArgumentException("records must be an array: records=" + recs);
    }
    List<ExtractedRecord> records = new ArrayList<>();
    for (JsonNode r : recs) {
      records.add(RecordCodec.fromJson(r, document.id()));
    }
    return new DocumentResult(document, s, records, DocumentJson.text(o, "failed_stage", true),
        DocumentJson.text(o, "failure", true));
  }
}
