package org.marsad.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;

/**
 * Writes the records of one document into {@code records}, {@code record_actors} and {@code
 * evidence} inside the caller's transaction: one insert per record (for its id), then one batch of
 * actors and one of evidence. Stateless and thread-safe; the handle is the caller's.
 */
final class RecordWriter {

  private static final String INSERT_RECORD =
      "insert into records (document_id, ordinal, kind,"
          + " type, date, date_end, place_id, place_name, place_country, place_admin1, place_lat,"
          + " place_lon, place_population, place_kind, provenance, created_at) values (:document,"
          + " :ordinal, :kind, :type, :date, :dateEnd, :placeId, :placeName, :placeCountry,"
          + " :placeAdmin1, :placeLat, :placeLon, :placePopulation, :placeKind, :provenance, :at)";
  private static final String INSERT_ACTOR =
      "insert into record_actors (record_id, ordinal, name, type, role, title, org, country,"
          + " registry_id) values (:record, :ordinal, :name, :type, :role, :title, :org, :country,"
          + " :registryId)";
  private static final String INSERT_EVIDENCE =
      "insert into evidence (record_id, field, ordinal, document_id, span_start, span_end, quote)"
          + " values (:record, :field, :ordinal, :document, :start, :end, :quote)";

  private RecordWriter() {}

  /**
   * Locks the document's row (so concurrent replacements of one document take turns), deletes its
   * records, and inserts {@code records}.
   */
  static void replace(
      Handle h, String documentId, List<ExtractedRecord> records, OffsetDateTime at) {
    boolean stored =
        h.createQuery("select 1 from documents where id = :id for update")
            .bind("id", documentId)
            .mapTo(Integer.class)
            .findOne()
            .isPresent();
    if (!stored) {
      throw new IllegalArgumentException("no such document: id=" + documentId);
    }
    h.createUpdate("delete from records where document_id = :id").bind("id", documentId).execute();
    PreparedBatch actors = h.prepareBatch(INSERT_ACTOR);
    PreparedBatch evidence = h.prepareBatch(INSERT_EVIDENCE);
    for (int i = 0; i < records.size(); i++) {
      ExtractedRecord r = records.get(i);
      long id = insertRecord(h, i, r, at);
      for (int a = 0; a < r.actors().size(); a++) {
        Actor actor = r.actors().get(a);
        actors
            .bind("record", id)
            .bind("ordinal", a)
            .bind("name", actor.name())
            .bind("type", actor.type())
            .bind("role", actor.role())
            .bind("title", actor.title())
            .bind("org", actor.org())
            .bind("country", actor.country())
            .bind("registryId", actor.registryId())
            .add();
        addEvidence(evidence, id, "actor", a, actor.evidence());
      }
      for (int e = 0; e < r.evidence().size(); e++) {
        addEvidence(evidence, id, "record", e, r.evidence().get(e));
      }
      if (r.dateEvidence() != null) {
        addEvidence(evidence, id, "date", 0, r.dateEvidence());
      }
      if (r.placeEvidence() != null) {
        addEvidence(evidence, id, "place", 0, r.placeEvidence());
      }
    }
    if (actors.size() > 0) {
      actors.execute();
    }
    if (evidence.size() > 0) {
      evidence.execute();
    }
  }

  private static long insertRecord(Handle h, int ordinal, ExtractedRecord r, OffsetDateTime at) {
    Place p = r.place();
    return h.createUpdate(INSERT_RECORD)
        .bind("document", r.documentId())
        .bind("ordinal", ordinal)
        .bind("kind", r.kind().id())
        .bind("type", r.type())
        .bind("date", r.date())
        .bind("dateEnd", r.dateEnd())
        .bind("placeId", p == null ? null : p.id())
        .bind("placeName", p == null ? null : p.name())
        .bind("placeCountry", p == null ? null : p.country())
        .bind("placeAdmin1", p == null ? null : p.admin1())
        .bind("placeLat", p == null ? null : p.lat())
        .bind("placeLon", p == null ? null : p.lon())
        .bind("placePopulation", p == null ? null : p.population())
        .bind("placeKind", p == null ? null : p.kind().name().toLowerCase(Locale.ROOT))
        .bind("provenance", r.provenance())
        .bind("at", at)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private static void addEvidence(
      PreparedBatch batch, long record, String field, int ordinal, Evidence e) {
    batch
        .bind("record", record)
        .bind("field", field)
        .bind("ordinal", ordinal)
        .bind("document", e.documentId())
        .bind("start", e.span().start())
        .bind("end", e.span().end())
        .bind("quote", e.quote())
        .add();
  }
}
