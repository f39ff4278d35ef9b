package org.marsad.app.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.marsad.store.Workspace;

/**
 * Plain-SQL fixtures for the workspace tests: a processed document with one record, its evidence
 * and an event of its own, without running the pipeline. Not thread-safe.
 */
final class WorkspaceFixture {

  static final OffsetDateTime T = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

  private final Workspace w;
  private int docs;

  WorkspaceFixture(Workspace w) {
    this.w = w;
  }

  /** A document with one record of {@code kind}/{@code type} whose evidence is {@code quote}; its event id. */
  long event(String kind, String type, String title, String text, String quote, LocalDate date,
      String city, String country, double lat, double lon) {
    String id = "doc-" + (++docs) + "-" + Integer.toHexString(text.hashCode());
    int start = Math.max(0, text.indexOf(quote));
    return w.jdbi().inTransaction(h -> {
      h.createUpdate("insert into documents (id, source, url, title, published, text, ingested_at,"
              + " status, language) values (:id, 'fixture', :url, :title, :pub, :text, :t, 'processed', 'en')")
          .bind("id", id).bind("url", "https://example.org/" + id).bind("title", title)
          .bind("pub", date).bind("text", text).bind("t", T).execute();
      long rec = h.createQuery("insert into records (document_id, ordinal, kind, type, date, place_id,"
              + " place_name, place_country, place_admin1, place_lat, place_lon, place_population,"
              + " place_kind, summary, created_at) values (:d, 0, :k, :type, :date, :pid, :city, :c, '',"
              + " :lat, :lon, 1000, 'city', :s, :t) returning id")
          .bind("d", id).bind("k", kind).bind("type", type).bind("date", date)
          .bind("pid", "geo:" + city).bind("city", city).bind("c", country).bind("lat", lat)
          .bind("lon", lon).bind("s", quote).bind("t", T).mapTo(Long.class).one();
      h.createUpdate("insert into evidence (record_id, field, ordinal, document_id, span_start, span_end, quote)"
              + " values (:r, 'record', 0, :d, :s, :e, :q)")
          .bind("r", rec).bind("d", id).bind("s", start).bind("e", start + quote.length())
          .bind("q", quote).execute();
      long event = h.createQuery("insert into events (kind, type, date, place_id, place_name, place_country,"
              + " place_admin1, place_lat, place_lon, place_kind, summary, created_at, updated_at)"
              + " values (:k, :type, :date, :pid, :city, :c, '', :lat, :lon, 'city', :s, :t, :t) returning id")
          .bind("k", kind).bind("type", type).bind("date", date).bind("pid", "geo:" + city)
          .bind("city", city).bind("c", country).bind("lat", lat).bind("lon", lon).bind("s", title)
          .bind("t", T).mapTo(Long.class).one();
      h.createUpdate("insert into event_sources (record_id, event_id, signal, decided_at) values (:r, :e, 'new', :t)")
          .bind("r", rec).bind("e", event).bind("t", T).execute();
      return event;
    });
  }

  /** The incident most workspace tests read: a gunman's attack on a Quebec City mosque; its event id. */
  long quebecMosqueAttack() {
    return event("incident", "place_of_worship_attack", "Gunman attacks Quebec City mosque",
        "A gunman opened fire in a Quebec City mosque on Sunday, killing six worshippers.",
        "A gunman opened fire in a Quebec City mosque", LocalDate.of(2017, 1, 29), "Quebec City", "CA", 46.81, -71.21);
  }

  /** The response to it: the OIC's condemnation; its event id. */
  long oicCondemnation() {
    return event("response", "condemnation", "OIC condemns the attack",
        "The OIC Secretary General condemned the terrorist attack on the mosque.",
        "condemned the terrorist attack", LocalDate.of(2017, 1, 30), "Jeddah", "SA", 21.5, 39.2);
  }

  /** Attaches a new document's record to event {@code eventId} (a second source); the record id. */
  long addSource(long eventId, String title, String text, String quote) {
    String kind = w.jdbi().withHandle(h -> h.createQuery("select kind from events where id = :e")
        .bind("e", eventId).mapTo(String.class).one());
    long other = event(kind, "hate_speech", title, text, quote, LocalDate.of(2024, 5, 1), "Lyon", "FR", 45.75, 4.85);
    return w.jdbi().inTransaction(h -> {
      long rec = h.createQuery("select record_id from event_sources where event_id = :e")
          .bind("e", other).mapTo(Long.class).one();
      h.createUpdate("update event_sources set event_id = :e where record_id = :r")
          .bind("e", eventId).bind("r", rec).execute();
      return rec;
    });
  }
}
