package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;

/**
 * Reads events: summaries (with their source counts) by filter, and one event with its sources and
 * links. Stateless and thread-safe; the handle is the caller's.
 */
final class EventReader {

  static final String SUMMARY_COLUMNS =
      "e.id, e.kind, e.type, e.date, e.date_end, e.place_id, e.place_name, e.place_country,"
          + " e.place_admin1, e.place_lat, e.place_lon, e.place_kind, e.summary, e.status,"
          + " (select count(*) from event_sources s where s.event_id = e.id) as n_sources,"
          + " (select count(distinct r.document_id) from event_sources s join records r"
          + " on r.id = s.record_id where s.event_id = e.id) as n_documents";

  private EventReader() {}

  /** A where clause (starting with " where" or empty) and its binds, from a filter. */
  record Where(String sql, Map<String, Object> binds) {

    static Where of(EventFilter f) {
      List<String> parts = new ArrayList<>();
      Map<String, Object> binds = new HashMap<>();
      if (f.kind() != null) {
        parts.add("e.kind = :fkind");
        binds.put("fkind", f.kind().id());
      }
      if (f.type() != null) {
        parts.add("e.type = :ftype");
        binds.put("ftype", f.type());
      }
      if (f.country() != null) {
        parts.add("e.place_country = :fcountry");
        binds.put("fcountry", f.country());
      }
      if (f.status() != null) {
        parts.add("e.status = :fstatus");
        binds.put("fstatus", f.status().id());
      }
      if (f.from() != null) {
        parts.add("e.date >= :ffrom");
        binds.put("ffrom", f.from());
      }
      if (f.to() != null) {
        parts.add("e.date <= :fto");
        binds.put("fto", f.to());
      }
      return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), binds);
    }

    <Q extends Query> Q bind(Q q) {
      binds.forEach(q::bind);
      return q;
    }
  }

  static List<EventSummary> list(Handle h, EventFilter filter, int offset, int limit) {
    Where w = Where.of(filter);
    return w.bind(
            h.createQuery(
                "select "
                    + SUMMARY_COLUMNS
                    + " from events e"
                    + w.sql()
                    + " order by e.date desc nulls last, e.id desc offset :offset limit :limit"))
        .bind("offset", offset)
        .bind("limit", limit)
        .map((rs, ctx) -> summary(rs))
        .list();
  }

  static Optional<EventSummary> summary(Handle h, long id) {
    return h.createQuery("select " + SUMMARY_COLUMNS + " from events e where e.id = :id")
        .bind("id", id)
        .map((rs, ctx) -> summary(rs))
        .findOne();
  }

  static Optional<Event> find(Handle h, long id) {
    Optional<EventSummary> summary = summary(h, id);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    record SourceRow(RecordRef ref, SourceDocument doc, Decision decision, java.time.Instant at) {}
    List<SourceRow> rows =
        h.createQuery(
                "select r.document_id, r.ordinal, s.signal, s.score, s.decided_by, s.decided_at,"
                    + " d.source, d.url, d.title, d.published, d.duplicate_of"
                    + " from event_sources s join records r on r.id = s.record_id"
                    + " join documents d on d.id = r.document_id where s.event_id = :e"
                    + " order by s.decided_at, s.record_id")
            .bind("e", id)
            .map(
                (rs, ctx) ->
                    new SourceRow(
                        new RecordRef(rs.getString("document_id"), rs.getInt("ordinal")),
                        new SourceDocument(
                            rs.getString("document_id"),
                            rs.getString("source"),
                            rs.getString("url"),
                            rs.getString("title"),
                            rs.getObject("published", LocalDate.class),
                            rs.getString("duplicate_of")),
                        decision(rs),
                        Timestamps.read(rs, "decided_at")))
            .list();
    Map<String, List<ExtractedRecord>> records = new LinkedHashMap<>();
    List<EventSource> sources = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      List<ExtractedRecord> ofDoc =
          records.computeIfAbsent(
              row.ref().documentId(), d -> RecordReader.forDocument(h, d));
      sources.add(
          new EventSource(
              row.ref(), ofDoc.get(row.ref().ordinal()), row.doc(), row.decision(), row.at()));
    }
    List<EventLink> links =
        h.createQuery(
                "select case when l.response_id = :e then l.incident_id else l.response_id end"
                    + " as other, l.signal, l.score, l.decided_by, l.decided_at from event_links l"
                    + " where l.response_id = :e or l.incident_id = :e order by l.decided_at, other")
            .bind("e", id)
            .map(
                (rs, ctx) ->
                    new Object[] {
                      rs.getLong("other"), decision(rs), Timestamps.read(rs, "decided_at")
                    })
            .list()
            .stream()
            .map(
                o ->
                    new EventLink(
                        summary(h, (Long) o[0]).orElseThrow(),
                        (Decision) o[1],
                        (java.time.Instant) o[2]))
            .toList();
    return Optional.of(new Event(summary.get(), sources, links));
  }

  private static Decision decision(ResultSet rs) throws SQLException {
    Double score = rs.getObject("score", Double.class);
    return new Decision(rs.getString("signal"), score, rs.getString("decided_by"));
  }

  static EventSummary summary(ResultSet rs) throws SQLException {
    Place place = RecordReader.place(rs, 0);
    return new EventSummary(
        rs.getLong("id"),
        RecordKind.of(rs.getString("kind")),
        rs.getString("type"),
        rs.getObject("date", LocalDate.class),
        rs.getObject("date_end", LocalDate.class),
        place,
        rs.getString("summary"),
        EventStatus.of(rs.getString("status")),
        rs.getInt("n_sources"),
        rs.getInt("n_documents"));
  }
}
