package org.marsad.store;

import java.util.List;

/**
 * One event with everything behind it: its sources (the records attached, each with its article
 * and evidence), the events it is linked to, and its history from the audit log. Immutable.
 */
public record EventDetail(
    EventRow event,
    List<Source> sources,
    List<EventRow> links,
    List<AuditEntry> history) {

  public EventDetail {
    sources = List.copyOf(sources);
    links = List.copyOf(links);
    history = List.copyOf(history);
  }

  /** A record attached to the event, read from one article, with the decision that attached it. */
  public record Source(
      long recordId,
      String documentId,
      String title,
      String url,
      String published,
      String type,
      String date,
      String placeName,
      String country,
      String summary,
      String signal,
      Double score,
      String decidedBy,
      List<Actor> actors,
      List<Quote> evidence) {}

  /** Someone the record names. */
  public record Actor(String name, String role, String title, String country) {}

  /**
   * A piece of evidence: which field it supports ({@code record}, {@code date}, {@code place},
   * {@code actor}) and the half-open span of the article text it quotes.
   */
  public record Quote(long recordId, String field, int start, int end, String quote) {}
}
