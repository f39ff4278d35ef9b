package org.marsad.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which events a list or an export wants. Null fields do not filter. Values are only ever bound as
 * parameters, never spliced into SQL. Immutable.
 *
 * @param kind {@code incident} or {@code response}
 * @param type a typology id, e.g. {@code place_of_worship_attack}
 * @param country ISO 3166-1 alpha-2 code of the event's place
 * @param from first day (inclusive) of the event's date
 * @param to last day (inclusive) of the event's date
 * @param status {@code unverified}, {@code verified} or {@code rejected}
 * @param text words the summary, type or place name contain (case-insensitive substring)
 * @param limit page size, 1..1000
 * @param offset rows to skip, 0 or more
 */
public record EventQuery(
    String kind,
    String type,
    String country,
    LocalDate from,
    LocalDate to,
    String status,
    String text,
    int limit,
    int offset) {

  public static final Set<String> KINDS = Set.of("incident", "response");
  public static final Set<String> STATUSES = Set.of("unverified", "verified", "rejected");

  public EventQuery {
    kind = blankToNull(kind);
    type = blankToNull(type);
    country = blankToNull(country);
    status = blankToNull(status);
    text = blankToNull(text);
    if (kind != null && !KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be incident or response: kind=" + kind);
    }
    if (status != null && !STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be unverified, verified or rejected: status=" + status);
    }
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000: limit=" + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: offset=" + offset);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to is before from: from=" + from + ", to=" + to);
    }
    if (text != null && text.length() > 200) {
      throw new IllegalArgumentException("text is longer than 200 characters: " + text.length());
    }
  }

  /** Every event of {@code kind}, first page of 50. */
  public static EventQuery of(String kind) {
    return new EventQuery(kind, null, null, null, null, null, null, 50, 0);
  }

  public EventQuery withPage(int limit, int offset) {
    return new EventQuery(kind, type, country, from, to, status, text, limit, offset);
  }

  public EventQuery withStatus(String status) {
    return new EventQuery(kind, type, country, from, to, status, text, limit, offset);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
