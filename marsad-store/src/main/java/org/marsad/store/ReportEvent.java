package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event (incident or response) as a report reads it: its fields, the actors of its records,
 * the documents it was read from and, for a response, the incidents it concerns.
 *
 * @param id {@code E<events.id>}, or {@code R<records.id>} for a record not yet attached to any
 *     event (reported as an unverified event of its own until deduplication attaches it)
 * @param kind {@code incident} or {@code response}
 * @param type typology id
 * @param date the day it happened, never null (undated events are not reported)
 * @param dateEnd last day of a range, or null
 * @param placeName place name, empty when unknown
 * @param country ISO 3166-1 alpha-2 code, empty when unknown
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param summary one sentence about it (the event's summary, else the first evidence sentence)
 * @param status unverified, verified or rejected
 * @param actors who took part, each name and role once
 * @param sources the documents it was read from, oldest first
 * @param incidents for a response, the ids of the incidents it concerns; empty for an incident
 */
public record ReportEvent(
    String id,
    String kind,
    String type,
    LocalDate date,
    LocalDate dateEnd,
    String placeName,
    String country,
    Double lat,
    Double lon,
    String summary,
    String status,
    List<ReportActor> actors,
    List<ReportSource> sources,
    List<String> incidents) {

  public ReportEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date of " + id);
    if (!"incident".equals(kind) && !"response".equals(kind)) {
      throw new IllegalArgumentException("kind must be incident or response: kind=" + kind + ", id=" + id);
    }
    if (dateEnd != null && dateEnd.isBefore(date)) {
      throw new IllegalArgumentException("dateEnd before date: id=" + id + ", date=" + date + ", dateEnd=" + dateEnd);
    }
    placeName = placeName == null ? "" : placeName;
    country = country == null ? "" : country;
    summary = summary == null ? "" : summary;
    status = status == null ? "unverified" : status;
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
    incidents = List.copyOf(incidents);
  }

  public boolean isIncident() {
    return "incident".equals(kind);
  }
}
