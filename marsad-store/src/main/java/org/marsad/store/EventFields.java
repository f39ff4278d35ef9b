package org.marsad.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Recomputes the fields an event derives from its sources (the rules are in {@link
 * EventRepository}'s Javadoc), inside the caller's transaction. Stateless and thread-safe.
 */
final class EventFields {

  private static final String SOURCES =
      " from event_sources s join records r on r.id = s.record_id where s.event_id = :e ";
  private static final String FIRST = " min(s.decided_at), min(r.id) limit 1";

  private EventFields() {}

  /** Refreshes each of {@code eventIds} that still exists. */
  static void refresh(Handle h, Collection<Long> eventIds, OffsetDateTime at) {
    for (long id : eventIds) {
      refresh(h, id, at);
    }
  }

  static void refresh(Handle h, long eventId, OffsetDateTime at) {
    Optional<String> type =
        h.createQuery("select r.type" + SOURCES + "group by r.type order by count(*) desc," + FIRST)
            .bind("e", eventId)
            .mapTo(String.class)
            .findOne();
    if (type.isEmpty()) {
      return; // no sources: the trigger of V3 has deleted it, or is about to
    }
    List<Object[]> date =
        h.createQuery(
                "select r.date, r.date_end"
                    + SOURCES
                    + "and r.date is not null group by r.date, r.date_end"
                    + " order by count(*) desc,"
                    + FIRST)
            .bind("e", eventId)
            .map((rs, ctx) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
            .list();
    List<Object[]> place =
        h.createQuery(
                "select r.place_id, r.place_name, r.place_country, r.place_admin1, r.place_lat,"
                    + " r.place_lon, r.place_kind"
                    + SOURCES
                    + "and r.place_id is not null group by r.place_id, r.place_name,"
                    + " r.place_country, r.place_admin1, r.place_lat, r.place_lon, r.place_kind"
                    + " order by case r.place_kind when 'city' then 0 when 'admin' then 1 else 2"
                    + " end, count(*) desc,"
                    + FIRST)
            .bind("e", eventId)
            .map(
                (rs, ctx) -> {
                  Object[] row = new Object[7];
                  for (int i = 0; i < 7; i++) {
                    row[i] = rs.getObject(i + 1);
                  }
                  return row;
                })
            .list();
    String summary =
        h.createQuery(
                "select coalesce(nullif(d.title, ''), (select e.quote from evidence e where"
                    + " e.record_id = r.id and e.field = 'record' order by e.ordinal limit 1), '')"
                    + " from event_sources s join records r on r.id = s.record_id"
                    + " join documents d on d.id = r.document_id where s.event_id = :e"
                    + " order by d.published nulls last, d.ingested_at, s.decided_at, r.id limit 1")
            .bind("e", eventId)
            .mapTo(String.class)
            .one();
    Object[] d = date.isEmpty() ? new Object[2] : date.get(0);
    Object[] p = place.isEmpty() ? new Object[7] : place.get(0);
    h.createUpdate(
            "update events set type = :type, date = :date, date_end = :dateEnd, place_id = :pid,"
                + " place_name = :pname, place_country = :pcountry, place_admin1 = :padmin,"
                + " place_lat = :plat, place_lon = :plon, place_kind = :pkind, summary = :summary,"
                + " updated_at = :at where id = :e")
        .bind("e", eventId)
        .bind("type", type.get())
        .bindByType("date", d[0], LocalDate.class)
        .bindByType("dateEnd", d[1], LocalDate.class)
        .bindByType("pid", p[0], String.class)
        .bindByType("pname", p[1], String.class)
        .bindByType("pcountry", p[2], String.class)
        .bindByType("padmin", p[3], String.class)
        .bindByType("plat", p[4], Double.class)
        .bindByType("plon", p[5], Double.class)
        .bindByType("pkind", p[6], String.class)
        .bind("summary", summary)
        .bind("at", at)
        .execute();
  }
}
