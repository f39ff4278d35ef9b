package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;

/**
 * Reads the records of one document back into {@link ExtractedRecord}s, with three queries
 * (records, actors, evidence) whatever their number. Stateless and thread-safe; the handle is the
 * caller's.
 */
final class RecordReader {

  private RecordReader() {}

  /** A record's row, before its actors and evidence are attached. */
  private record Row(
      long id,
      RecordKind kind,
      String type,
      LocalDate date,
      LocalDate dateEnd,
      Place place,
      String provenance) {}

  /** An actor without its evidence, which lives in the evidence table. */
  private record ActorRow(
      long record,
      int ordinal,
      String name,
      String type,
      String role,
      String title,
      String org,
      String country,
      String registryId) {}

  /** One row of the evidence table. */
  private record EvidenceRow(long record, String field, int ordinal, Evidence evidence) {}

  static List<ExtractedRecord> forDocument(Handle h, String documentId) {
    List<Row> rows =
        h.createQuery(
                "select id, kind, type, date, date_end, place_id, place_name, place_country,"
                    + " place_admin1, place_lat, place_lon, place_population, place_kind,"
                    + " provenance from records where document_id = :d order by ordinal")
            .bind("d", documentId)
            .map((rs, ctx) -> row(rs))
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ActorRow>> actors = new HashMap<>();
    h.createQuery(
            "select a.* from record_actors a join records r on r.id = a.record_id"
                + " where r.document_id = :d order by a.record_id, a.ordinal")
        .bind("d", documentId)
        .map(
            (rs, ctx) ->
                new ActorRow(
                    rs.getLong("record_id"),
                    rs.getInt("ordinal"),
                    rs.getString("name"),
                    rs.getString("type"),
                    rs.getString("role"),
                    rs.getString("title"),
                    rs.getString("org"),
                    rs.getString("country"),
                    rs.getString("registry_id")))
        .forEach(a -> actors.computeIfAbsent(a.record(), k -> new ArrayList<>()).add(a));
    Map<Long, List<EvidenceRow>> evidence = new HashMap<>();
    h.createQuery(
            "select e.record_id, e.field, e.ordinal, e.document_id, e.span_start, e.span_end,"
                + " e.quote from evidence e join records r on r.id = e.record_id"
                + " where r.document_id = :d order by e.record_id, e.field, e.ordinal")
        .bind("d", documentId)
        .map(
            (rs, ctx) ->
                new EvidenceRow(
                    rs.getLong("record_id"),
                    rs.getString("field"),
                    rs.getInt("ordinal"),
                    new Evidence(
                        rs.getString("document_id"),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end")),
                        rs.getString("quote"))))
        .forEach(e -> evidence.computeIfAbsent(e.record(), k -> new ArrayList<>()).add(e));
    List<ExtractedRecord> records = new ArrayList<>(rows.size());
    for (Row row : rows) {
      records.add(
          assemble(
              documentId,
              row,
              actors.getOrDefault(row.id(), List.of()),
              evidence.getOrDefault(row.id(), List.of())));
    }
    return records;
  }

  private static ExtractedRecord assemble(
      String documentId, Row row, List<ActorRow> actorRows, List<EvidenceRow> evidenceRows) {
    Map<Integer, Evidence> actorEvidence = new HashMap<>();
    List<Evidence> recordEvidence = new ArrayList<>();
    Evidence date = null;
    Evidence place = null;
    for (EvidenceRow e : evidenceRows) {
      switch (e.field()) {
        case "record" -> recordEvidence.add(e.evidence());
        case "date" -> date = e.evidence();
        case "place" -> place = e.evidence();
        case "actor" -> actorEvidence.put(e.ordinal(), e.evidence());
        default ->
            throw new IllegalStateException(
                "unknown evidence field: record=" + row.id() + ", field=" + e.field());
      }
    }
    List<Actor> actors = new ArrayList<>(actorRows.size());
    for (ActorRow a : actorRows) {
      Evidence mention = actorEvidence.get(a.ordinal());
      if (mention == null) {
        throw new IllegalStateException(
            "actor without evidence: record=" + row.id() + ", actor=" + a.ordinal());
      }
      actors.add(
          new Actor(
              a.name(),
              a.type(),
              a.role(),
              a.title(),
              a.org(),
              a.country(),
              a.registryId(),
              mention));
    }
    return new ExtractedRecord(
        documentId,
        row.kind(),
        row.type(),
        row.date(),
        row.dateEnd(),
        date,
        row.place(),
        place,
        actors,
        recordEvidence,
        row.provenance());
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong("id"),
        RecordKind.of(rs.getString("kind")),
        rs.getString("type"),
        rs.getObject("date", LocalDate.class),
        rs.getObject("date_end", LocalDate.class),
        place(rs, rs.getLong("place_population")),
        rs.getString("provenance"));
  }

  /**
   * The place of a row with the {@code place_*} columns of records or events, null when it has
   * none; events keep no population, so the caller passes it.
   */
  static Place place(ResultSet rs, long population) throws SQLException {
    if (rs.getString("place_id") == null) {
      return null;
    }
    return new Place(
        rs.getString("place_id"),
        rs.getString("place_name"),
        rs.getString("place_country"),
        rs.getString("place_admin1"),
        rs.getDouble("place_lat"),
        rs.getDouble("place_lon"),
        population,
        Place.Kind.valueOf(rs.getString("place_kind").toUpperCase(Locale.ROOT)));
  }
}
