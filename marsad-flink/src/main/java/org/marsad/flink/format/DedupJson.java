package org.marsad.flink.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;

/**
 * The messages between the event steps of the job (store, near-duplicates, event assignment,
 * event sink) and the event profiles kept in Flink state, as JSON strings with a {@code format}
 * field, so that Flink serialises plain strings. Each message is a record here with a {@code
 * write} and a {@code read}; {@code read} throws {@link IllegalArgumentException} naming what is
 * wrong. Thread-safe.
 */
public final class DedupJson {

  private DedupJson() {}

  /** A stored document: its MinHash signature and its records, in stored order. */
  public record Stored(String documentId, long[] signature, List<ExtractedRecord> records) {
    public static final String FORMAT = "marsad-stored/1";

    public Stored {
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(signature, "signature");
      records = List.copyOf(records);
    }

    public String write() {
      ObjectNode o = header(FORMAT, documentId);
      ArrayNode sig = o.putArray("minhash");
      for (long v : signature) {
        sig.add(v);
      }
      ArrayNode recs = o.putArray("records");
      records.forEach(r -> recs.add(RecordCodec.toJson(r)));
      return DocumentJson.write(o);
    }

    public static Stored read(String json) {
      JsonNode o = object(json, FORMAT);
      String id = DocumentJson.text(o, "document_id", false);
      JsonNode sig = array(o, "minhash");
      long[] signature = new long[sig.size()];
      for (int i = 0; i < signature.length; i++) {
        signature[i] = sig.get(i).asLong();
      }
      List<ExtractedRecord> records = new ArrayList<>();
      array(o, "records").forEach(r -> records.add(RecordCodec.fromJson(r, id)));
      return new Stored(id, signature, records);
    }
  }

  /**
   * What near-duplicate detection decided for a document: the original it copies (null when none,
   * with the estimated Jaccard similarity) and how many records it has.
   */
  public record Dedup(String documentId, int records, String original, double jaccard) {
    public static final String FORMAT = "marsad-dedup/1";

    public String write() {
      ObjectNode o = header(FORMAT, documentId);
      o.put("records", records);
      o.put("original", original);
      o.put("jaccard", jaccard);
      return DocumentJson.write(o);
    }

    public static Dedup read(String json) {
      JsonNode o = object(json, FORMAT);
      return new Dedup(DocumentJson.text(o, "document_id", false), o.path("records").asInt(),
          DocumentJson.text(o, "original", true), o.path("jaccard").asDouble());
    }
  }

  /** The records of one document of one kind and type, with their ordinals and its {@link Dedup}. */
  public record Group(Dedup dedup, List<Integer> ordinals, List<ExtractedRecord> records) {
    public static final String FORMAT = "marsad-group/1";

    public Group {
      Objects.requireNonNull(dedup, "dedup");
      ordinals = List.copyOf(ordinals);
      records = List.copyOf(records);
      if (ordinals.size() != records.size() || records.isEmpty()) {
        throw new IllegalArgumentException("a group needs as many ordinals as records, at least one:"
            + " ordinals=" + ordinals + ", records=" + records.size());
      }
    }

    public String write() {
      ObjectNode o = header(FORMAT, dedup.documentId());
      o.set("dedup", DocumentJson.parse(dedup.write()));
      ArrayNode ords = o.putArray("ordinals");
      ordinals.forEach(ords::add);
      ArrayNode recs = o.putArray("records");
      records.forEach(r -> recs.add(RecordCodec.toJson(r)));
      return DocumentJson.write(o);
    }

    public static Group read(String json) {
      JsonNode o = object(json, FORMAT);
      Dedup d = Dedup.read(o.get("dedup").toString());
      List<Integer> ordinals = new ArrayList<>();
      array(o, "ordinals").forEach(n -> ordinals.add(n.asInt()));
      List<ExtractedRecord> records = new ArrayList<>();
      array(o, "records").forEach(r -> records.add(RecordCodec.fromJson(r, d.documentId())));
      return new Group(d, ordinals, records);
    }
  }

  /** The event a record joins (or starts, when {@code signal} is {@code new}) and why. */
  public record Assignment(int ordinal, String kind, long eventId, String signal, Double score) {
    ObjectNode toJson() {
      ObjectNode o = DocumentJson.MAPPER.createObjectNode();
      o.put("ordinal", ordinal);
      o.put("kind", kind);
      o.put("event", eventId);
      o.put("signal", signal);
      o.put("score", score);
      return o;
    }

    static Assignment fromJson(JsonNode o) {
      JsonNode score = o.get("score");
      return new Assignment(o.path("ordinal").asInt(), DocumentJson.text(o, "kind", false),
          o.path("event").asLong(), DocumentJson.text(o, "signal", false),
          score == null || score.isNull() ? null : score.asDouble());
    }
  }

  /** The assignments of a {@link Group}'s records. */
  public record Assigned(String documentId, List<Assignment> assignments) {
    public static final String FORMAT = "marsad-assigned/1";

    public Assigned {
      Objects.requireNonNull(documentId, "documentId");
      assignments = List.copyOf(assignments);
    }

    public String write() {
      ObjectNode o = header(FORMAT, documentId);
      ArrayNode list = o.putArray("assignments");
      assignments.forEach(a -> list.add(a.toJson()));
      return DocumentJson.write(o);
    }

    public static Assigned read(String json) {
      JsonNode o = object(json, FORMAT);
      List<Assignment> list = new ArrayList<>();
      array(o, "assignments").forEach(a -> list.add(Assignment.fromJson(a)));
      return new Assigned(DocumentJson.text(o, "document_id", false), list);
    }
  }

  /** What event matching needs of one source of an event. */
  public record Source(String ref, LocalDate date, LocalDate dateEnd, Place place, Set<String> actors) {
    public Source {
      Objects.requireNonNull(ref, "ref");
      actors = Set.copyOf(actors);
    }

    ObjectNode toJson() {
      ObjectNode o = DocumentJson.MAPPER.createObjectNode();
      o.put("ref", ref);
      o.put("date", date == null ? null : date.toString());
      o.put("date_end", dateEnd == null ? null : dateEnd.toString());
      if (place == null) {
        o.putNull("place");
      } else {
        o.set("place", RecordCodec.place(place));
      }
      ArrayNode a = o.putArray("actors");
      actors.stream().sorted().forEach(a::add);
      return o;
    }

    static Source fromJson(JsonNode o) {
      Set<String> actors = new LinkedHashSet<>();
      array(o, "actors").forEach(a -> actors.add(a.asText()));
      String date = DocumentJson.text(o, "date", true);
      String end = DocumentJson.text(o, "date_end", true);
      return new Source(DocumentJson.text(o, "ref", false), date == null ? null : LocalDate.parse(date),
          end == null ? null : LocalDate.parse(end), RecordCodec.place(o.get("place")), actors);
    }
  }

  /** An event as the assignment step keeps it: its kind, type and sources in the order they joined. */
  public record EventSources(long id, String kind, String type, List<Source> sources) {
    public static final String FORMAT = "marsad-event-sources/1";

    public EventSources {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(type, "type");
      sources = List.copyOf(sources);
    }

    public EventSources with(Source s) {
      List<Source> more = new ArrayList<>(sources);
      more.add(s);
      return new EventSources(id, kind, type, more);
    }

    public String write() {
      ObjectNode o = DocumentJson.MAPPER.createObjectNode();
      o.put("format", FORMAT);
      o.put("id", id);
      o.put("kind", kind);
      o.put("type", type);
      ArrayNode list = o.putArray("sources");
      sources.forEach(s -> list.add(s.toJson()));
      return DocumentJson.write(o);
    }

    public static EventSources read(String json) {
      JsonNode o = object(json, FORMAT);
      List<Source> sources = new ArrayList<>();
      array(o, "sources").forEach(s -> sources.add(Source.fromJson(s)));
      return new EventSources(o.path("id").asLong(), DocumentJson.text(o, "kind", false),
          DocumentJson.text(o, "type", false), sources);
    }
  }

  /** The assignments of a document's records in one (kind, type), kept to answer a replay. */
  public static String writeAssignments(List<Assignment> list) {
    ArrayNode a = DocumentJson.MAPPER.createArrayNode();
    list.forEach(x -> a.add(x.toJson()));
    return DocumentJson.write(a);
  }

  public static List<Assignment> readAssignments(String json) {
    List<Assignment> list = new ArrayList<>();
    DocumentJson.parse(json).forEach(a -> list.add(Assignment.fromJson(a)));
    return list;
  }

  /** The {@code format} field of a message, or "" when it has none or is not JSON. */
  public static String formatOf(String json) {
    try {
      return DocumentJson.parse(json).path("format").asText("");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static ObjectNode header(String format, String documentId) {
    ObjectNode o = DocumentJson.MAPPER.createObjectNode();
    o.put("format", format);
    o.put("document_id", documentId);
    return o;
  }

  private static JsonNode object(String json, String format) {
    JsonNode o = DocumentJson.parse(json);
    if (!o.isObject()) {
      throw new IllegalArgumentException("a " + format + " value must be a JSON object: " + o);
    }
    DocumentJson.requireFormat(o, format);
    return o;
  }

  private static JsonNode array(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException(name + " must be an array: " + v);
    }
    return v;
  }
}
