package org.marsad.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.marsad.core.alert.IncidentCount;
import org.marsad.core.domain.RecordKind;

/**
 * {@link EventRepository} on the {@code events}, {@code event_sources} and {@code event_links}
 * tables; derived fields are {@link EventFields}' job, reading {@link EventReader}'s. Needs a
 * {@link Jdbi} and the clock that stamps decisions. Thread-safe: holds no state of its own; writes
 * to one event lock its row, so concurrent attachments take turns.
 */
final class JdbiEventRepository implements EventRepository {

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiEventRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private record StoredRecord(long id, RecordKind kind, String type) {}

  private static StoredRecord record(Handle h, RecordRef ref) {
    Objects.requireNonNull(ref, "record");
    // the lock keeps a concurrent replacement of the document's records from deleting the row
    // before this transaction attaches it
    return h.createQuery(
            "select id, kind, type from records where document_id = :d and ordinal = :o"
                + " for key share")
        .bind("d", ref.documentId())
        .bind("o", ref.ordinal())
        .map(
            (rs, ctx) ->
                new StoredRecord(
                    rs.getLong("id"), RecordKind.of(rs.getString("kind")), rs.getString("type")))
        .findOne()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no such record: document="
                        + ref.documentId()
                        + ", ordinal="
                        + ref.ordinal()));
  }

  private static RecordKind lockEvent(Handle h, long eventId) {
    return h.createQuery("select kind from events where id = :id for update")
        .bind("id", eventId)
        .mapTo(String.class)
        .findOne()
        .map(RecordKind::of)
        .orElseThrow(() -> new IllegalArgumentException("no such event: id=" + eventId));
  }

  static void upsertSource(
      Handle h, long recordId, long eventId, Decision d, OffsetDateTime at) {
    h.createUpdate(
            "insert into event_sources (record_id, event_id, signal, score, decided_by,"
                + " decided_at) values (:r, :e, :signal, :score, :by, :at) on conflict (record_id)"
                + " do update set event_id = excluded.event_id, signal = excluded.signal, score ="
                + " excluded.score, decided_by = excluded.decided_by, decided_at ="
                + " excluded.decided_at")
        .bind("r", recordId)
        .bind("e", eventId)
        .bind("signal", d.signal())
        .bindByType("score", d.score(), Double.class)
        .bind("by", d.decidedBy())
        .bind("at", at)
        .execute();
  }

  private static Optional<Long> currentEvent(Handle h, long recordId) {
    return h.createQuery("select event_id from event_sources where record_id = :r")
        .bind("r", recordId)
        .mapTo(Long.class)
        .findOne();
  }

  @Override
  public long create(RecordRef ref, Decision decision) {
    Objects.requireNonNull(decision, "decision");
    OffsetDateTime at = Timestamps.now(clock);
    return jdbi.inTransaction(
        h -> {
          StoredRecord r = record(h, ref);
          Optional<Long> previous = currentEvent(h, r.id());
          long id =
              h.createUpdate(
                      "insert into events (kind, type, created_at, updated_at)"
                          + " values (:kind, :type, :at, :at)")
                  .bind("kind", r.kind().id())
                  .bind("type", r.type())
                  .bind("at", at)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          upsertSource(h, r.id(), id, decision, at);
          EventFields.refresh(h, id, at);
          previous.ifPresent(p -> EventFields.refresh(h, p, at));
          return id;
        });
  }

  @Override
  public void attach(RecordRef ref, long eventId, Decision decision) {
    Objects.requireNonNull(decision, "decision");
    OffsetDateTime at = Timestamps.now(clock);
    jdbi.useTransaction(h -> attach(h, ref, record(h, ref), eventId, decision, at));
  }

  @Override
  public void attachOrCreate(RecordRef ref, long eventId, Decision decision) {
    Objects.requireNonNull(decision, "decision");
    OffsetDateTime at = Timestamps.now(clock);
    jdbi.useTransaction(
        h -> {
          StoredRecord r = record(h, ref);
          // a concurrent writer may create it too: the first insert wins, the other attaches
          h.createUpdate(
                  "insert into events (id, kind, type, created_at, updated_at) overriding system"
                      + " value values (:id, :kind, :type, :at, :at) on conflict (id) do nothing")
              .bind("id", eventId)
              .bind("kind", r.kind().id())
              .bind("type", r.type())
              .bind("at", at)
              .execute();
          if (currentEvent(h, r.id()).filter(e -> e == eventId).isEmpty()) {
            attach(h, ref, r, eventId, decision, at);
          }
        });
  }

  private static void attach(
      Handle h, RecordRef ref, StoredRecord r, long eventId, Decision decision, OffsetDateTime at) {
    RecordKind kind = lockEvent(h, eventId);
    if (kind != r.kind()) {
      throw new IllegalArgumentException(
          "kinds differ: record="
              + ref
              + " is "
              + r.kind().id()
              + ", event="
              + eventId
              + " is "
              + kind.id());
    }
    Optional<Long> previous = currentEvent(h, r.id());
    upsertSource(h, r.id(), eventId, decision, at);
    EventFields.refresh(h, eventId, at);
    previous.filter(p -> p != eventId).ifPresent(p -> EventFields.refresh(h, p, at));
  }

  @Override
  public void link(long responseId, long incidentId, Decision decision) {
    Objects.requireNonNull(decision, "decision");
    OffsetDateTime at = Timestamps.now(clock);
    jdbi.useTransaction(
        h -> {
          requireKind(h, responseId, RecordKind.RESPONSE);
          requireKind(h, incidentId, RecordKind.INCIDENT);
          h.createUpdate(
                  "insert into event_links (response_id, incident_id, signal, score, decided_by,"
                      + " decided_at) values (:r, :i, :signal, :score, :by, :at) on conflict"
                      + " (response_id, incident_id) do update set signal = excluded.signal,"
                      + " score = excluded.score, decided_by = excluded.decided_by,"
                      + " decided_at = excluded.decided_at")
              .bind("r", responseId)
              .bind("i", incidentId)
              .bind("signal", decision.signal())
              .bindByType("score", decision.score(), Double.class)
              .bind("by", decision.decidedBy())
              .bind("at", at)
              .execute();
        });
  }

  private static void requireKind(Handle h, long eventId, RecordKind want) {
    RecordKind kind = lockEvent(h, eventId);
    if (kind != want) {
      throw new IllegalArgumentException(
          "event " + eventId + " is " + kind.id() + ", not " + want.id());
    }
  }

  @Override
  public Optional<Long> eventOf(RecordRef ref) {
    Objects.requireNonNull(ref, "record");
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select s.event_id from event_sources s join records r on r.id = s.record_id"
                        + " where r.document_id = :d and r.ordinal = :o")
                .bind("d", ref.documentId())
                .bind("o", ref.ordinal())
                .mapTo(Long.class)
                .findOne());
  }

  @Override
  public List<Long> eventsOfDocument(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return jdbi.withHandle(h -> eventsOfDocument(h, documentId));
  }

  static List<Long> eventsOfDocument(Handle h, String documentId) {
    return h.createQuery(
            "select distinct s.event_id from event_sources s join records r on r.id = s.record_id"
                + " where r.document_id = :d order by s.event_id")
        .bind("d", documentId)
        .mapTo(Long.class)
        .list();
  }

  @Override
  public Optional<Event> find(long eventId) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ, h -> EventReader.find(h, eventId));
  }

  @Override
  public List<EventSummary> list(EventFilter filter, int offset, int limit) {
    Objects.requireNonNull(filter, "filter");
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "need offset >= 0 and limit >= 1: offset=" + offset + ", limit=" + limit);
    }
    return jdbi.withHandle(h -> EventReader.list(h, filter, offset, limit));
  }

  @Override
  public long count(EventFilter filter) {
    EventReader.Where w = EventReader.Where.of(Objects.requireNonNull(filter, "filter"));
    return jdbi.withHandle(
        h ->
            w.bind(h.createQuery("select count(*) from events e" + w.sql()))
                .mapTo(Long.class)
                .one());
  }

  @Override
  public Map<String, Long> countByType(EventFilter filter) {
    return countBy("e.type", filter);
  }

  @Override
  public Map<String, Long> countByCountry(EventFilter filter) {
    return countBy("coalesce(e.place_country, '')", filter);
  }

  private Map<String, Long> countBy(String column, EventFilter filter) {
    EventReader.Where w = EventReader.Where.of(Objects.requireNonNull(filter, "filter"));
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            w.bind(
                    h.createQuery(
                        "select "
                            + column
                            + " as k, count(*) as n from events e"
                            + w.sql()
                            + " group by 1 order by 2 desc, 1"))
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getLong("n")))
                .forEach(en -> counts.put(en.getKey(), en.getValue())));
    return counts;
  }

  @Override
  public List<IncidentCount> incidentCounts(LocalDate since) {
    Objects.requireNonNull(since, "since");
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select date, coalesce(place_country, '') as country, type, count(*) as n"
                        + " from events where kind = 'incident' and status <> 'rejected'"
                        + " and date >= :since group by 1, 2, 3 order by 1, 2, 3")
                .bind("since", since)
                .map(
                    (rs, ctx) ->
                        new IncidentCount(
                            rs.getObject("date", LocalDate.class),
                            rs.getString("country"),
                            rs.getString("type"),
                            rs.getInt("n")))
                .list());
  }

  @Override
  public List<EventCandidate> candidates(
      RecordKind kind, LocalDate from, LocalDate to, boolean includeUndated, int limit) {
    Objects.requireNonNull(kind, "kind");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: limit=" + limit);
    }
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        h -> {
          String window =
              from == null || to == null ? "false" : "(e.date between :from and :to)";
          var query =
              h.createQuery(
                      "select "
                          + EventReader.SUMMARY_COLUMNS
                          + " from events e where e.kind = :kind and ("
                          + window
                          + (includeUndated ? " or e.date is null" : "")
                          + ") order by e.date desc nulls last, e.id desc limit :limit")
                  .bind("kind", kind.id())
                  .bind("limit", limit);
          if (from != null && to != null) {
            query.bind("from", from).bind("to", to);
          }
          List<EventSummary> events = query.map((rs, ctx) -> EventReader.summary(rs)).list();
          if (events.isEmpty()) {
            return List.of();
          }
          List<Long> ids = events.stream().map(EventSummary::id).toList();
          Map<Long, Set<String>> actors = new HashMap<>();
          h.createQuery(
                  "select s.event_id, a.registry_id, a.name from event_sources s"
                      + " join record_actors a on a.record_id = s.record_id"
                      + " where s.event_id = any(:ids)")
              .bindArray("ids", Long.class, ids)
              .map(
                  (rs, ctx) ->
                      Map.entry(
                          rs.getLong(1),
                          rs.getString(2).isEmpty()
                              ? rs.getString(3).toLowerCase(Locale.ROOT)
                              : rs.getString(2)))
              .forEach(
                  en -> actors.computeIfAbsent(en.getKey(), k -> new HashSet<>()).add(en.getValue()));
          Map<Long, Set<String>> places = new HashMap<>();
          h.createQuery(
                  "select s.event_id, r.place_id from event_sources s"
                      + " join records r on r.id = s.record_id"
                      + " where s.event_id = any(:ids) and r.place_id is not null")
              .bindArray("ids", Long.class, ids)
              .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
              .forEach(
                  en -> places.computeIfAbsent(en.getKey(), k -> new HashSet<>()).add(en.getValue()));
          List<EventCandidate> out = new ArrayList<>(events.size());
          for (EventSummary e : events) {
            out.add(
                new EventCandidate(
                    e,
                    actors.getOrDefault(e.id(), Set.of()),
                    places.getOrDefault(e.id(), Set.of())));
          }
          return out;
        });
  }

  @Override
  public void setStatus(long eventId, EventStatus status) {
    Objects.requireNonNull(status, "status");
    OffsetDateTime at = Timestamps.now(clock);
    int n =
        jdbi.withHandle(
            h ->
                h.createUpdate("update events set status = :s, updated_at = :at where id = :id")
                    .bind("s", status.id())
                    .bind("at", at)
                    .bind("id", eventId)
                    .execute());
    if (n == 0) {
      throw new IllegalArgumentException("no such event: id=" + eventId);
    }
  }
}
