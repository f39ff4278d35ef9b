package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * {@link ReportEvents} on the V2 tables ({@code events}, {@code event_sources}, {@code
 * event_links}) joined to the records, their actors and documents: four queries whatever the
 * number of events, in one repeatable-read transaction so that the result is one consistent state.
 * Records that no event holds yet are read as provisional events of their own (id {@code R<id>}),
 * so that a report never silently drops processed records. Thread-safe: holds no state.
 */
final class JdbiReportEvents implements ReportEvents {

  /** The records of the reported events: (event id, record id). */
  private static final String RECORDS =
      "with rec(event, record_id) as ("
          + " select 'E' || s.event_id, s.record_id from event_sources s join events e on e.id = s.event_id"
          + " where e.date between :from and :to and (e.status = 'verified' or (:all and e.status = 'unverified'))"
          + " union all"
          + " select 'R' || r.id, r.id from records r where :all and r.date between :from and :to"
          + " and not exists (select 1 from event_sources s where s.record_id = r.id)) ";

  private final Jdbi jdbi;

  JdbiReportEvents(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  private record Head(
      String id, String kind, String type, LocalDate date, LocalDate dateEnd, String placeName,
      String country, Double lat, Double lon, String summary, String status) {}

  private record Attached<T>(String event, T value) {}

  @Override
  public List<ReportEvent> between(LocalDate from, LocalDate to, boolean verifiedOnly) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: from=" + from + ", to=" + to);
    }
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> read(h, from, to, !verifiedOnly));
  }

  private static List<ReportEvent> read(Handle h, LocalDate from, LocalDate to, boolean all) {
    List<Head> heads =
        h.createQuery(
                "select 'E' || id as id, kind, type, date, date_end, place_name, place_country, place_lat,"
                    + " place_lon, summary, status from events"
                    + " where date between :from and :to and (status = 'verified' or (:all and status = 'unverified'))"
                    + " union all"
                    + " select 'R' || r.id, r.kind, r.type, r.date, r.date_end, r.place_name, r.place_country,"
                    + " r.place_lat, r.place_lon, r.summary, 'unverified' from records r"
                    + " where :all and r.date between :from and :to"
                    + " and not exists (select 1 from event_sources s where s.record_id = r.id)")
            .bind("from", from).bind("to", to).bind("all", all)
            .map((rs, ctx) -> new Head(
                rs.getString("id"), rs.getString("kind"), rs.getString("type"),
                rs.getObject("date", LocalDate.class), rs.getObject("date_end", LocalDate.class),
                rs.getString("place_name"), rs.getString("place_country"),
                (Double) rs.getObject("place_lat"), (Double) rs.getObject("place_lon"),
                rs.getString("summary"), rs.getString("status")))
            .list();
    Map<String, Map<String, ReportSource>> sources = new HashMap<>();
    h.createQuery(
            RECORDS
                + "select rec.event, d.id, d.title, d.source, d.url, d.published,"
                + " (select x.quote from evidence x where x.record_id = rec.record_id and x.field = 'record'"
                + " order by x.ordinal limit 1) as quote"
                + " from rec join records r on r.id = rec.record_id join documents d on d.id = r.document_id"
                + " order by rec.event, d.published nulls last, d.id, r.id")
        .bind("from", from).bind("to", to).bind("all", all)
        .map((rs, ctx) -> new Attached<>(rs.getString("event"), new ReportSource(
            rs.getString("id"), rs.getString("title"), rs.getString("source"), rs.getString("url"),
            rs.getObject("published", LocalDate.class), rs.getString("quote"))))
        .forEach(a -> sources.computeIfAbsent(a.event(), k -> new LinkedHashMap<>())
            .putIfAbsent(a.value().documentId(), a.value()));
    Map<String, Set<ReportActor>> actors = new HashMap<>();
    h.createQuery(
            RECORDS
                + "select rec.event, a.name, a.type, a.role, a.title, a.country"
                + " from rec join record_actors a on a.record_id = rec.record_id"
                + " order by rec.event, a.record_id, a.ordinal")
        .bind("from", from).bind("to", to).bind("all", all)
        .map((rs, ctx) -> new Attached<>(rs.getString("event"), new ReportActor(
            rs.getString("name"), rs.getString("type"), rs.getString("role"), rs.getString("title"),
            rs.getString("country"))))
        .forEach(a -> actors.computeIfAbsent(a.event(), k -> new LinkedHashSet<>()).add(a.value()));
    Map<String, List<String>> links = new HashMap<>();
    h.createQuery(
            "select 'E' || l.response_id as response, 'E' || l.incident_id as incident from event_links l"
                + " join events e on e.id = l.response_id join events i on i.id = l.incident_id"
                + " where e.date between :from and :to and i.status <> 'rejected'"
                + " order by l.response_id, l.incident_id")
        .bind("from", from).bind("to", to)
        .map((rs, ctx) -> new Attached<>(rs.getString("response"), rs.getString("incident")))
        .forEach(a -> links.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a.value()));
    List<ReportEvent> events = new ArrayList<>(heads.size());
    for (Head e : heads) {
      String summary = e.summary();
      Map<String, ReportSource> docs = sources.getOrDefault(e.id(), Map.of());
      if ((summary == null || summary.isBlank()) && !docs.isEmpty()) {
        summary = docs.values().iterator().next().quote();
      }
      events.add(new ReportEvent(
          e.id(), e.kind(), e.type(), e.date(), e.dateEnd(), e.placeName(), e.country(), e.lat(), e.lon(),
          summary, e.status(), List.copyOf(actors.getOrDefault(e.id(), Set.of())), List.copyOf(docs.values()),
          links.getOrDefault(e.id(), List.of())));
    }
    events.sort(Comparator.comparing(ReportEvent::date)
        .thenComparing(e -> e.id().charAt(0))
        .thenComparingLong(e -> Long.parseLong(e.id().substring(1))));
    return events;
  }
}
