package org.marsad.store;

import java.time.LocalDate;
import java.util.Objects;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;

/**
 * One event as lists show it. Its type, dates, place and summary derive from its sources (see
 * {@link EventRepository}).
 *
 * @param id the event's id
 * @param kind incident or response
 * @param type typology id
 * @param date the day it happened (or began), or null
 * @param dateEnd the last day of a range, or null
 * @param place where, or null; population is 0 (events do not keep it)
 * @param summary a one-line description for people, may be empty
 * @param status where it is in review
 * @param sources how many records are attached to it
 * @param documents how many distinct documents those records come from
 */
public record EventSummary(
    long id,
    RecordKind kind,
    String type,
    LocalDate date,
    LocalDate dateEnd,
    Place place,
    String summary,
    EventStatus status,
    int sources,
    int documents) {

  public EventSummary {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    summary = summary == null ? "" : summary;
    if (sources < 0 || documents < 0 || documents > sources) {
      throw new IllegalArgumentException(
          "bad source counts: id=" + id + ", sources=" + sources + ", documents=" + documents);
    }
  }
}
