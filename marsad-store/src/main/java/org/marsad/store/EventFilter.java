package org.marsad.store;

import java.time.LocalDate;
import org.marsad.core.domain.RecordKind;

/**
 * Which events to list or count; a null field does not filter. Build it from {@link #all()}.
 *
 * @param kind incident or response
 * @param type typology id
 * @param country ISO 3166-1 alpha-2 code of the event's place
 * @param status review status
 * @param from first day (inclusive) of the event's date; undated events are left out when set
 * @param to last day (inclusive) of the event's date; undated events are left out when set
 */
public record EventFilter(
    RecordKind kind, String type, String country, EventStatus status, LocalDate from, LocalDate to) {

  public EventFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to before from: from=" + from + ", to=" + to);
    }
  }

  /** Every event. */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null);
  }

  public EventFilter withKind(RecordKind k) {
    return new EventFilter(k, type, country, status, from, to);
  }

  public EventFilter withType(String t) {
    return new EventFilter(kind, t, country, status, from, to);
  }

  public EventFilter withCountry(String c) {
    return new EventFilter(kind, type, c, status, from, to);
  }

  public EventFilter withStatus(EventStatus s) {
    return new EventFilter(kind, type, country, s, from, to);
  }

  public EventFilter withDates(LocalDate f, LocalDate t) {
    return new EventFilter(kind, type, country, status, f, t);
  }
}
