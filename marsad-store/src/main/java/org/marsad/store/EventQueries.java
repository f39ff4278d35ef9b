package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads events for the workspace: filtered pages, counts by type, country and month, points for the
 * map, one event with its sources and history, and a cursor over every match for exports. Filters are bound as parameters. Thread-safe: holds only the
 * {@link Jdbi}.
 */
public final class EventQueries {

  static final String COLUMNS =
      "e.id, e.kind, e.type, e.date, e.date_end, e.place_name, e.place_country, e.place_lat,"
          + " e.place_lon, e.status, e.summary, e.reviewed_by,"
          + " (select count(*) from event_sources s where s.event_id = e.id) as sources";

  private final Jdbi jdbi;

  EventQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * The page of events {@code f} selects, newest first. Sources are counted for the page only,
   * after the skipped rows are skipped.
   */
  public List<EventRow> list(EventQuery f) {
    return jdbi.withHandle(
        h -> {
          Query q =
              h.createQuery(
                  "select " + COLUMNS + " from (select * from events e" + where(f)
                      + " order by e.date desc nulls last, e.id desc limit :limit offset :offset) e"
                      + " order by e.date desc nulls last, e.id desc");
          bind(q, f).bind("limit", f.limit()).bind("offset", f.offset());
          return q.map((rs, ctx) -> summary(rs)).list();
        });
  }

  /**
   * The names of the actors of each of {@code eventIds} (from all its sources, in order of first
   * mention, each once), in one query; events without actors are absent.
   */
  public Map<Long, List<String>> actors(java.util.Collection<Long> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(h -> {
      Map<Long, List<String>> out = new LinkedHashMap<>();
      h.createQuery("select s.event_id, a.name from event_sources s"
              + " join record_actors a on a.record_id = s.record_id where s.event_id in (<ids>)"
              + " group by s.event_id, a.name order by s.event_id, min(s.record_id), min(a.ordinal)")
          .bindList("ids", List.copyOf(eventIds))
          .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
          .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      return out;
    });
  }

  /** How many events {@code f} selects, whatever its page. */
  public long count(EventQuery f) {
    return jdbi.withHandle(
        h -> bind(h.createQuery("select count(*) from events e" + where(f)), f)
            .mapTo(Long.class).one());
  }

  /**
   * Counts of the events {@code f} selects by {@code dimension}: {@code type}, {@code country} or
   * {@code month} (YYYY-MM), largest first for type and country, in time order for month.
   */
  public Map<String, Long> countsBy(EventQuery f, String dimension) {
    String expr =
        switch (dimension) {
          case "type" -> "e.type";
          case "country" -> "e.place_country";
          case "month" -> "to_char(e.date, 'YYYY-MM')";
          default -> throw new IllegalArgumentException(
              "dimension must be type, country or month: dimension=" + dimension);
        };
    String order = dimension.equals("month") ? "k" : "n desc, k";
    return jdbi.withHandle(
        h -> {
          Map<String, Long> out = new LinkedHashMap<>();
          bind(h.createQuery("select " + expr + " as k, count(*) as n from events e" + where(f)
                  + " and " + expr + " is not null group by k order by " + order), f)
              .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getLong("n")))
              .forEach(en -> out.put(en.getKey(), en.getValue()));
          return out;
        });
  }

  /** Places below the country level (cities) of the events {@code f} selects, with counts. */
  public List<PlaceCount> places(EventQuery f) {
    return jdbi.withHandle(
        h -> bind(h.createQuery("select e.place_name, e.place_country, e.place_lat, e.place_lon,"
                + " count(*) as n from events e" + where(f)
                + " and e.place_kind = 'city' group by 1, 2, 3, 4 order by n desc limit 2000"), f)
            .map((rs, ctx) -> new PlaceCount(rs.getString(1), rs.getString(2), rs.getDouble(3),
                rs.getDouble(4), rs.getLong(5)))
            .list());
  }

  /** A place with the number of events there. */
  public record PlaceCount(String name, String country, double lat, double lon, long count) {}

  /**
   * Every event {@code f} selects (its page ignored), handed to {@code sink} one at a time from a
   * database cursor: a million rows never sit in memory together.
   */
  public void stream(EventQuery f, Consumer<EventRow> sink) {
    jdbi.useTransaction(
        h -> {
          Query q = h.createQuery("select " + COLUMNS + " from events e" + where(f)
              + " order by e.date desc nulls last, e.id desc");
          bind(q, f).setFetchSize(1000);
          try (var stream = q.map((rs, ctx) -> summary(rs)).stream()) {
            stream.forEach(sink);
          }
        });
  }

  /** One event with its sources, links and history; empty when there is none. */
  public Optional<EventDetail> detail(long id) {
    return jdbi.inTransaction(h -> {
      Optional<EventRow> event = h.createQuery("select " + COLUMNS + " from events e where e.id = :id")
          .bind("id", id).map((rs, ctx) -> summary(rs)).findOne();
      if (event.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new EventDetail(event.get(), sources(h, id), links(h, id),
          history(h, id)));
    });
  }

  /** Where the id of an event that is no longer stored leads (merged or deleted), if it was ever used. */
  public Optional<EventRedirect> redirect(long id) {
    return jdbi.withHandle(h -> h.createQuery("select from_id, to_id from event_redirects where from_id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new EventRedirect(rs.getLong(1), rs.getObject(2, Long.class)))
        .findOne());
  }

  /** The audit log of one event, oldest first. */
  public List<AuditEntry> history(long eventId) {
    return jdbi.withHandle(h -> history(h, eventId));
  }

  private static List<EventDetail.Source> sources(Handle h, long eventId) {
    record Row(long id, String doc, String title, String url, String published, String type,
        String date, String place, String country, String summary, String signal, Double score,
        String decidedBy) {}
    List<Row> rows = h.createQuery(
            "select r.id, r.document_id, d.title, d.url, d.published::text as published, r.type,"
                + " r.date::text as date, r.place_name, r.place_country, r.summary, s.signal,"
                + " s.score, s.decided_by from event_sources s join records r on r.id = s.record_id"
                + " join documents d on d.id = r.document_id where s.event_id = :e"
                + " order by d.published nulls last, r.id")
        .bind("e", eventId)
        .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getString(11), (Double) rs.getObject(12), rs.getString(13)))
        .list();
    Map<Long, List<EventDetail.Actor>> actors = new LinkedHashMap<>();
    h.createQuery("select a.record_id, a.name, a.role, a.title, a.country from record_actors a"
            + " join event_sources s on s.record_id = a.record_id where s.event_id = :e"
            + " order by a.record_id, a.ordinal")
        .bind("e", eventId)
        .map((rs, ctx) -> Map.entry(rs.getLong(1), new EventDetail.Actor(rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5))))
        .forEach(en -> actors.computeIfAbsent(en.getKey(), k -> new ArrayList<>()).add(en.getValue()));
    Map<Long, List<EventDetail.Quote>> quotes = new LinkedHashMap<>();
    h.createQuery("select v.record_id, v.field, v.span_start, v.span_end, v.quote from evidence v"
            + " join event_sources s on s.record_id = v.record_id where s.event_id = :e"
            + " order by v.record_id, v.span_start")
        .bind("e", eventId)
        .map((rs, ctx) -> DocumentQueries.quote(rs))
        .forEach(q -> quotes.computeIfAbsent(q.recordId(), k -> new ArrayList<>()).add(q));
    List<EventDetail.Source> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new EventDetail.Source(r.id, r.doc, r.title, r.url, r.published, r.type, r.date,
          r.place, r.country, r.summary, r.signal, r.score, r.decidedBy,
          actors.getOrDefault(r.id, List.of()), quotes.getOrDefault(r.id, List.of())));
    }
    return out;
  }

  private static List<EventRow> links(Handle h, long eventId) {
    return h.createQuery("select " + COLUMNS + " from events e where e.id in ("
            + " select incident_id from event_links where response_id = :e union"
            + " select response_id from event_links where incident_id = :e) order by e.date, e.id")
        .bind("e", eventId).map((rs, ctx) -> summary(rs)).list();
  }

  static List<AuditEntry> history(Handle h, long eventId) {
    return h.createQuery("select id, at, actor, action, event_id, before::text, after::text"
            + " from audit_log where event_id = :e order by at, id")
        .bind("e", eventId)
        .map((rs, ctx) -> new AuditEntry(rs.getLong(1), Timestamps.read(rs, "at").toString(),
            rs.getString(3), rs.getString(4), (Long) rs.getObject(5), rs.getString(6),
            rs.getString(7)))
        .list();
  }

  static String where(EventQuery f) {
    StringBuilder w = new StringBuilder(" where true");
    if (f.kind() != null) w.append(" and e.kind = :kind");
    if (f.type() != null) w.append(" and e.type = :type");
    if (f.country() != null) w.append(" and e.place_country = :country");
    if (f.status() != null) w.append(" and e.status = :status");
    if (f.from() != null) w.append(" and coalesce(e.date_end, e.date) >= :from");
    if (f.to() != null) w.append(" and e.date <= :to");
    if (f.text() != null) {
      w.append(" and strpos(e.search_text, :text) > 0");
    }
    return w.toString();
  }

  static <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bind(Q q, EventQuery f) {
    if (f.kind() != null) q.bind("kind", f.kind());
    if (f.type() != null) q.bind("type", f.type());
    if (f.country() != null) q.bind("country", f.country());
    if (f.status() != null) q.bind("status", f.status());
    if (f.from() != null) q.bind("from", f.from());
    if (f.to() != null) q.bind("to", f.to());
    if (f.text() != null) q.bind("text", f.text().toLowerCase(java.util.Locale.ROOT));
    return q;
  }

  static EventRow summary(ResultSet rs) throws SQLException {
    return new EventRow(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("type"),
        rs.getString("date"),
        rs.getString("date_end"),
        rs.getString("place_name"),
        rs.getString("place_country"),
        (Double) rs.getObject("place_lat"),
        (Double) rs.getObject("place_lon"),
        rs.getString("status"),
        rs.getString("summary"),
        rs.getInt("sources"),
        rs.getString("reviewed_by"));
  }
}
