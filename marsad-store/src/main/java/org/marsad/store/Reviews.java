package org.marsad.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The review workflow: applies an analyst's {@link ReviewAction} to an event and writes the audit
 * log (who, when, the event's row before and after) in the same transaction, under a row lock, so
 * concurrent reviews serialise. Needs the clock that stamps reviews. Thread-safe.
 */
public final class Reviews {

  private final Jdbi jdbi;
  private final Clock clock;

  Reviews(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Applies {@code action} to event {@code eventId} on behalf of {@code actor}.
   *
   * @return the event the action leaves the analyst on: the new event of a split, the target of a
   *     merge, else {@code eventId}
   * @throws NoSuchElementException when there is no such event (or merge target)
   * @throws IllegalArgumentException when the action does not fit the event
   */
  public long apply(long eventId, ReviewAction action, String actor) {
    return jdbi.inTransaction(h -> apply(h, eventId, action, actor));
  }

  /** Applies {@code action} to every event of {@code eventIds} in one transaction: all or none. */
  public int applyAll(Collection<Long> eventIds, ReviewAction action, String actor) {
    return jdbi.inTransaction(h -> {
      for (long id : eventIds) {
        apply(h, id, action, actor);
      }
      return eventIds.size();
    });
  }

  private long apply(Handle h, long eventId, ReviewAction action, String actor) {
    OffsetDateTime now = Timestamps.now(clock);
    String before = snapshot(h, eventId);
    String targetBefore = action instanceof ReviewAction.Merge m && m.into() != eventId
        ? snapshot(h, m.into()) : null;
    long result = eventId;
    switch (action) {
      case ReviewAction.Verify v -> status(h, eventId, "verified", actor, now);
      case ReviewAction.Reject r -> status(h, eventId, "rejected", actor, now);
      case ReviewAction.Unverify u -> status(h, eventId, "unverified", actor, now);
      case ReviewAction.Edit e -> edit(h, eventId, e.fields(), actor, now);
      case ReviewAction.Merge m -> result = merge(h, eventId, m.into(), actor, now);
      case ReviewAction.Split s -> result = split(h, eventId, s.recordIds(), actor, now);
    }
    audit(h, now, actor, action.name(), eventId, before, snapshotIfAny(h, eventId));
    if (result != eventId) {
      audit(h, now, actor, action.name(), result, targetBefore, snapshot(h, result));
    }
    return result;
  }

  private static String snapshot(Handle h, long eventId) {
    return h.createQuery("select to_jsonb(e)::text from events e where id = :id for update")
        .bind("id", eventId)
        .mapTo(String.class)
        .findOne()
        .orElseThrow(() -> new NoSuchElementException("no event " + eventId));
  }

  private static String snapshotIfAny(Handle h, long eventId) {
    return h.createQuery("select to_jsonb(e)::text from events e where id = :id")
        .bind("id", eventId).mapTo(String.class).findOne().orElse(null);
  }

  private static void status(Handle h, long id, String status, String actor, OffsetDateTime now) {
    h.createUpdate("update events set status = :s, reviewed_by = :a, reviewed_at = :t,"
            + " updated_at = :t where id = :id")
        .bind("s", status).bind("a", actor).bind("t", now).bind("id", id).execute();
  }

  private static void edit(Handle h, long id, Map<String, String> fields, String actor,
      OffsetDateTime now) {
    // the analyst's values win over re-derivation from sources from now on (V4's trigger)
    h.execute("set local marsad.analyst_edit = 'on'");
    // each key maps to one fixed column; values are bound
    for (var f : fields.entrySet()) {
      String column = switch (f.getKey()) {
        case "type" -> "type";
        case "date" -> "date";
        case "date_end" -> "date_end";
        case "place_name" -> "place_name";
        case "country" -> "place_country";
        case "summary" -> "summary";
        default -> throw new IllegalArgumentException("cannot edit " + f.getKey());
      };
      Object value = f.getValue();
      if (column.startsWith("date")) {
        value = f.getValue().isEmpty() ? null : LocalDate.parse(f.getValue());
      } else if (column.equals("place_country") && f.getValue().isEmpty()) {
        value = null;
      }
      try {
        h.createUpdate("update events set " + column + " = :v where id = :id")
            .bind("v", value).bind("id", id).execute();
      } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException x) {
        throw new IllegalArgumentException("the edit breaks a rule of the event: "
            + f.getKey() + "=" + f.getValue(), x);
      }
    }
    h.createUpdate("update events set reviewed_by = :a, reviewed_at = :t, updated_at = :t,"
            + " edited_fields = array(select distinct f from unnest(edited_fields || :keys) f order by f)"
            + " where id = :id")
        .bind("a", actor).bind("t", now).bind("id", id)
        .bind("keys", fields.keySet().toArray(new String[0])).execute();
    h.execute("set local marsad.analyst_edit = 'off'");
  }

  private static long merge(Handle h, long id, long into, String actor, OffsetDateTime now) {
    if (into == id) {
      throw new IllegalArgumentException("cannot merge event " + id + " into itself");
    }
    if (!kind(h, id).equals(kind(h, into))) {
      throw new IllegalArgumentException(
          "cannot merge a " + kind(h, id) + " into a " + kind(h, into) + ": " + id + " -> " + into);
    }
    // links first: the merged event is deleted below, with its links
    for (String[] c : List.of(new String[] {"response_id", "incident_id"},
        new String[] {"incident_id", "response_id"})) {
      h.createUpdate("insert into event_links (response_id, incident_id, signal, score, decided_by,"
              + " decided_at) select " + (c[0].equals("response_id") ? ":into, incident_id" : "response_id, :into")
              + ", 'analyst', null, :a, :t from event_links where " + c[0] + " = :id"
              + " and " + c[1] + " <> :into on conflict do nothing")
          .bind("into", into).bind("a", actor).bind("t", now).bind("id", id).execute();
    }
    h.createUpdate("update event_sources set event_id = :into, signal = 'analyst', score = null,"
            + " decided_by = :a, decided_at = :t where event_id = :id")
        .bind("into", into).bind("a", actor).bind("t", now).bind("id", id).execute();
    EventFields.refresh(h, into, now);
    h.createUpdate("update events set reviewed_by = :a, reviewed_at = :t where id = :into")
        .bind("a", actor).bind("t", now).bind("into", into).execute();
    // the merged event goes (reviewed or not); its address, and those that led to it, lead to into
    h.createUpdate("delete from events where id = :id").bind("id", id).execute();
    h.createUpdate("update event_redirects set to_id = :into where to_id = :id")
        .bind("into", into).bind("id", id).execute();
    h.createUpdate("insert into event_redirects (from_id, to_id) values (:id, :into)"
            + " on conflict (from_id) do update set to_id = excluded.to_id")
        .bind("into", into).bind("id", id).execute();
    return into;
  }

  private static long split(Handle h, long id, List<Long> recordIds, String actor,
      OffsetDateTime now) {
    int attached = h.createQuery("select count(*) from event_sources where event_id = :id"
            + " and record_id in (<r>)")
        .bind("id", id).bindList("r", recordIds).mapTo(Integer.class).one();
    int total = h.createQuery("select count(*) from event_sources where event_id = :id")
        .bind("id", id).mapTo(Integer.class).one();
    if (attached != recordIds.size()) {
      throw new IllegalArgumentException("records " + recordIds + " are not all sources of event " + id);
    }
    if (attached == total) {
      throw new IllegalArgumentException("a split must leave event " + id + " at least one source");
    }
    long created = h.createQuery(
            "insert into events (kind, type, date, date_end, place_id, place_name, place_country,"
                + " place_admin1, place_lat, place_lon, place_kind, summary, status, created_at,"
                + " updated_at, reviewed_by, reviewed_at)"
                + " select r.kind, r.type, r.date, r.date_end, r.place_id, r.place_name,"
                + " r.place_country, r.place_admin1, r.place_lat, r.place_lon, r.place_kind,"
                + " r.summary, 'unverified', :t, :t, :a, :t from records r where r.id = :first"
                + " returning id")
        .bind("t", now).bind("a", actor).bind("first", recordIds.getFirst())
        .mapTo(Long.class).one();
    h.createUpdate("update event_sources set event_id = :n, signal = 'analyst', score = null,"
            + " decided_by = :a, decided_at = :t where event_id = :id and record_id in (<r>)")
        .bind("n", created).bind("a", actor).bind("t", now).bind("id", id)
        .bindList("r", recordIds).execute();
    EventFields.refresh(h, List.of(id, created), now);
    return created;
  }

  private static String kind(Handle h, long id) {
    return h.createQuery("select kind from events where id = :id").bind("id", id)
        .mapTo(String.class).one();
  }

  static void audit(Handle h, OffsetDateTime at, String actor, String action, Long eventId,
      String before, String after) {
    h.createUpdate("insert into audit_log (at, actor, action, event_id, before, after)"
            + " values (:at, :actor, :action, :e, cast(:b as jsonb), cast(:a as jsonb))")
        .bind("at", at).bind("actor", actor).bind("action", action).bind("e", eventId)
        .bind("b", before).bind("a", after).execute();
  }
}
