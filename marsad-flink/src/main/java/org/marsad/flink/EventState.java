package org.marsad.flink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.dedup.EventProfile;
import org.marsad.core.dedup.RecordMatch;
import org.marsad.core.dedup.RecordMatcher;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.flink.format.DedupJson.Assignment;
import org.marsad.flink.format.DedupJson.EventSources;
import org.marsad.flink.format.DedupJson.Group;
import org.marsad.flink.format.DedupJson;

/**
 * The events of one (kind, type) and the decisions that built them: the state of the job's event
 * assignment, with the embedded host's rules ({@code EventAssigner}): a near-duplicate's record
 * joins the event of its original's first record of the same kind and type; any other record joins
 * the best event {@link RecordMatcher} finds among those dated in its window (undated ones for an
 * undated record), else starts one; one document's records are distinct events. An event's date
 * and place derive from its sources as the store derives them (the most frequent, ties to the
 * source that joined first, a city before an admin area before a country).
 *
 * <p>New events get {@link #eventId} of their first record, so a replay gives the same ids; a
 * document seen again gets the decisions it got the first time, so a replay changes nothing. Holds
 * three tables ({@code events}: id to {@link EventSources}; {@code documents}: document id to its
 * assignments here; {@code days}: the index of events by date), which the job backs with Flink keyed state and tests with maps. Not
 * thread-safe (Flink calls it from one thread per key).
 */
final class EventState {

  /** A table of the state: Flink's {@code MapState} or a map. */
  interface Table<K, V> {
    V get(K key) throws Exception;

    void put(K key, V value) throws Exception;

    Iterable<V> values() throws Exception;
  }

  /** The day key of undated events in {@code days}. */
  static final long UNDATED = Long.MIN_VALUE;
  /** A record dated over a longer range than this looks at every event rather than day by day. */
  private static final int MAX_DAYS_LOOKED_UP = 400;

  private final Table<Long, String> events;
  private final Table<String, String> documents;
  private final Table<Long, String> days;
  private final RecordMatcher matcher;

  /**
   * @param events event id → {@link EventSources} JSON
   * @param documents document id → its assignments here
   * @param days epoch day of an event's date ({@link #UNDATED} for none) → the ids of the events
   *     of that date, space-separated: the index that keeps matching to the record's window
   */
  EventState(Table<Long, String> events, Table<String, String> documents, Table<Long, String> days,
      RecordMatcher matcher) {
    this.events = events;
    this.documents = documents;
    this.days = days;
    this.matcher = matcher;
  }

  /** The id of the event that record {@code documentId#ordinal} starts: 2^52 plus 52 bits of its SHA-256. */
  static long eventId(String documentId, int ordinal) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((documentId + "#" + ordinal).getBytes(StandardCharsets.UTF_8));
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | (h[i] & 0xff);
      }
      return (1L << 52) + (bits >>> 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Assigns the records of {@code g}, in their order; a document seen before gets its earlier decisions. */
  List<Assignment> assign(Group g) throws Exception {
    String documentId = g.dedup().documentId();
    String known = documents.get(documentId);
    if (known != null) {
      return DedupJson.readAssignments(known);
    }
    Optional<Long> copied = Optional.empty();
    if (g.dedup().original() != null) {
      copied = originalEvent(g.dedup().original());
    }
    Set<Long> ofThisDocument = new HashSet<>();
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < g.records().size(); i++) {
      ExtractedRecord r = g.records().get(i);
      int ordinal = g.ordinals().get(i);
      List<EventProfile> candidates = new ArrayList<>();
      for (EventSources e : inWindow(r)) {
        if (!ofThisDocument.contains(e.id())) {
          candidates.add(profile(e));
        }
      }
      Optional<RecordMatch> match = matcher.best(r, candidates);
      Assignment a;
      if (copied.isPresent() && !ofThisDocument.contains(copied.get())) {
        a = new Assignment(ordinal, r.kind().id(), copied.get(),
            "near_duplicate:" + g.dedup().original(), g.dedup().jaccard());
      } else if (match.isPresent()) {
        a = new Assignment(ordinal, r.kind().id(), match.get().eventId(),
            "same_event:" + match.get().signals(), match.get().score());
      } else {
        a = new Assignment(ordinal, r.kind().id(), eventId(documentId, ordinal), "new", null);
      }
      join(a.eventId(), r, documentId + "#" + ordinal);
      ofThisDocument.add(a.eventId());
      out.add(a);
    }
    documents.put(documentId, DedupJson.writeAssignments(out));
    return out;
  }

  /** The event of the original's first record here (this kind and type), if it has one. */
  private Optional<Long> originalEvent(String original) throws Exception {
    String json = documents.get(original);
    if (json == null) {
      return Optional.empty();
    }
    return DedupJson.readAssignments(json).stream()
        .min(java.util.Comparator.comparingInt(Assignment::ordinal))
        .map(Assignment::eventId);
  }

  private void join(long eventId, ExtractedRecord r, String ref) throws Exception {
    String json = events.get(eventId);
    EventSources e = json == null
        ? new EventSources(eventId, r.kind().id(), r.type(), List.of())
        : EventSources.read(json);
    Set<String> actors = new HashSet<>();
    for (Actor a : r.actors()) {
      actors.add(RecordMatcher.actorKey(a));
    }
    EventSources joined = e.with(new DedupJson.Source(ref, r.date(), r.dateEnd(), r.place(), actors));
    events.put(eventId, joined.write());
    long before = json == null ? Long.MAX_VALUE : day(e);
    long after = day(joined);
    if (before != after) {
      if (before != Long.MAX_VALUE) {
        String ids = days.get(before);
        if (ids != null) {
          days.put(before, (" " + ids + " ").replace(" " + eventId + " ", " ").strip());
        }
      }
      String ids = days.get(after);
      days.put(after, ids == null || ids.isEmpty() ? Long.toString(eventId) : ids + " " + eventId);
    }
  }

  /** The index key of an event: the epoch day of its date, or {@link #UNDATED}. */
  private static long day(EventSources e) {
    LocalDate d = date(e)[0];
    return d == null ? UNDATED : d.toEpochDay();
  }

  /**
   * The store's blocking: the events dated within the record's window (its dates widened by the
   * matcher's day window), or the undated ones for an undated record.
   */
  private List<EventSources> inWindow(ExtractedRecord r) throws Exception {
    List<EventSources> out = new ArrayList<>();
    if (r.date() == null) {
      addEvents(days.get(UNDATED), out);
      return out;
    }
    int w = matcher.dayWindow(r.kind());
    LocalDate end = r.dateEnd() == null ? r.date() : r.dateEnd();
    long from = r.date().minusDays(w).toEpochDay();
    long to = end.plusDays(w).toEpochDay();
    if (to - from > MAX_DAYS_LOOKED_UP) {
      for (String json : events.values()) {
        EventSources e = EventSources.read(json);
        long d = day(e);
        if (d != UNDATED && d >= from && d <= to) {
          out.add(e);
        }
      }
      return out;
    }
    for (long d = from; d <= to; d++) {
      addEvents(days.get(d), out);
    }
    return out;
  }

  private void addEvents(String ids, List<EventSources> out) throws Exception {
    if (ids == null || ids.isEmpty()) {
      return;
    }
    for (String id : ids.split(" ")) {
      String json = events.get(Long.parseLong(id));
      if (json != null) { // else expired
        out.add(EventSources.read(json));
      }
    }
  }

  /** The event as matching sees it. */
  static EventProfile profile(EventSources e) {
    LocalDate[] d = date(e);
    Set<String> placeIds = new HashSet<>();
    Set<String> actors = new HashSet<>();
    for (DedupJson.Source s : e.sources()) {
      if (s.place() != null) {
        placeIds.add(s.place().id());
      }
      actors.addAll(s.actors());
    }
    return new EventProfile(e.id(), RecordKind.of(e.kind()), e.type(), d[0], d[1], place(e), placeIds, actors);
  }

  /** The most frequent (date, date end) of the dated sources, ties to the first; {null, null} when none. */
  static LocalDate[] date(EventSources e) {
    Map<List<LocalDate>, Integer> counts = new LinkedHashMap<>();
    for (DedupJson.Source s : e.sources()) {
      if (s.date() != null) {
        counts.merge(java.util.Arrays.asList(s.date(), s.dateEnd()), 1, Integer::sum);
      }
    }
    List<LocalDate> best = null;
    int most = 0;
    for (var en : counts.entrySet()) {
      if (en.getValue() > most) {
        best = en.getKey();
        most = en.getValue();
      }
    }
    return best == null ? new LocalDate[2] : new LocalDate[] {best.get(0), best.get(1)};
  }

  /** The most specific place kind, then the most frequent place, ties to the first; null when none. */
  static Place place(EventSources e) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Place> places = new LinkedHashMap<>();
    for (DedupJson.Source s : e.sources()) {
      if (s.place() != null) {
        counts.merge(s.place().id(), 1, Integer::sum);
        places.putIfAbsent(s.place().id(), s.place());
      }
    }
    Place best = null;
    for (Place p : places.values()) {
      if (best == null || p.kind().ordinal() < best.kind().ordinal()
          || (p.kind() == best.kind() && counts.get(p.id()) > counts.get(best.id()))) {
        best = p;
      }
    }
    return best;
  }
}
