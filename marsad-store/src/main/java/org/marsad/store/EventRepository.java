package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.core.alert.IncidentCount;
import org.marsad.core.domain.RecordKind;

/**
 * Events: one real-world incident or response each, whatever the number of articles behind it. A
 * stored record joins at most one event; the event keeps, for each source, the decision that
 * attached it. Thread-safe.
 *
 * <p>An event's fields derive from its sources and are recomputed whenever a source joins or leaves:
 * its kind is that of its first source; its type, date (with date end) and place are the most
 * frequent among the sources that have one, ties going to the source attached first, the place
 * preferring a city over an admin area over a country; its summary is the title of its earliest
 * published document (else the first evidence quote of its first source). An event whose last
 * source leaves (its document is processed again and the record has no successor, or the record
 * moves) is deleted with its links when the transaction commits, so events without sources never
 * linger or count, unless an analyst reviewed it: a reviewed event is analysts' work and stays. A
 * deleted event's id is kept in {@code event_redirects} (gone, or merged into another event).
 */
public interface EventRepository {

  /**
   * Starts a new event with {@code record} as its only source (moving it out of any event it was
   * in).
   *
   * @return the new event's id
   * @throws IllegalArgumentException when no such record is stored
   */
  long create(RecordRef record, Decision decision);

  /**
   * Attaches {@code record} to event {@code eventId}, moving it out of any event it was in.
   *
   * @throws IllegalArgumentException when the record or the event is not stored, or their kinds
   *     differ
   */
  void attach(RecordRef record, long eventId, Decision decision);

  /**
   * Attaches {@code record} to event {@code eventId}, creating the event with that id (of the
   * record's kind and type) when it is not stored: the form of {@link #attach} for a host that
   * chooses event ids itself (the scale-out job derives them from the record that started the
   * event, so that a replay gives the same ids). Idempotent: a record already attached to the
   * event is left as it is, decision included.
   *
   * @throws IllegalArgumentException when the record is not stored, or the event is of another kind
   */
  void attachOrCreate(RecordRef record, long eventId, Decision decision);

  /**
   * Links response event {@code responseId} to incident event {@code incidentId}; linking again
   * replaces the decision.
   *
   * @throws IllegalArgumentException when either is missing or of the wrong kind
   */
  void link(long responseId, long incidentId, Decision decision);

  /** The event {@code record} is attached to, if any. */
  Optional<Long> eventOf(RecordRef record);

  /** The distinct events that the records of document {@code documentId} are attached to. */
  List<Long> eventsOfDocument(String documentId);

  /** The event with its sources (records with evidence, documents, decisions) and links. */
  Optional<Event> find(long eventId);

  /** Events matching {@code filter}, latest date first (undated last), then newest id first. */
  List<EventSummary> list(EventFilter filter, int offset, int limit);

  long count(EventFilter filter);

  /** Events matching {@code filter} counted by type, most frequent first. */
  Map<String, Long> countByType(EventFilter filter);

  /** Events matching {@code filter} counted by country ({@code ""} when placeless), most first. */
  Map<String, Long> countByCountry(EventFilter filter);

  /**
   * Events of {@code kind} that a new record dated within [{@code from}, {@code to}] might join:
   * those dated in that window, or undated when {@code includeUndated}; the blocking step of
   * same-event matching, newest first, at most {@code limit}.
   */
  List<EventCandidate> candidates(
      RecordKind kind, LocalDate from, LocalDate to, boolean includeUndated, int limit);

  /**
   * Incident events dated on or after {@code since}, counted per day (the event's date, its start
   * when it spans days), country ({@code ""} when placeless: its own series) and type; rejected
   * and undated events never count. What spike alerts watch.
   */
  List<IncidentCount> incidentCounts(LocalDate since);

  /** Sets the review status of event {@code eventId}. */
  void setStatus(long eventId, EventStatus status);
}
