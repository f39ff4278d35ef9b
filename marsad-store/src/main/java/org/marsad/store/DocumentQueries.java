package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads documents for the workspace: one article with every piece of evidence read from it and the
 * events its records belong to, and a cursor over processed documents for the search index.
 * Thread-safe: holds only the {@link Jdbi}.
 */
public final class DocumentQueries {

  private final Jdbi jdbi;

  DocumentQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** An article as the workspace shows it. */
  public record DocumentView(
      String id,
      String source,
      String url,
      String title,
      String published,
      String language,
      String status,
      String duplicateOf,
      String text,
      List<EventDetail.Quote> evidence,
      List<Long> events) {}

  /** What the search index keeps of a processed document. */
  public record Indexable(
      String id, String title, String published, String text, List<String> types,
      List<String> countries, long statusSeq) {}

  public Optional<DocumentView> find(String id) {
    return jdbi.inTransaction(h -> {
      Optional<DocumentView> head = h.createQuery(
              "select id, source, url, title, published::text, language, status, duplicate_of, text"
                  + " from documents where id = :id")
          .bind("id", id)
          .map((rs, ctx) -> new DocumentView(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9), List.of(), List.of()))
          .findOne();
      if (head.isEmpty()) {
        return head;
      }
      List<EventDetail.Quote> evidence = h.createQuery(
              "select record_id, field, span_start, span_end, quote from evidence"
                  + " where document_id = :id order by span_start, record_id")
          .bind("id", id).map((rs, ctx) -> quote(rs)).list();
      List<Long> events = h.createQuery(
              "select distinct s.event_id from event_sources s join records r on r.id = s.record_id"
                  + " where r.document_id = :id order by 1")
          .bind("id", id).mapTo(Long.class).list();
      DocumentView d = head.get();
      return Optional.of(new DocumentView(d.id(), d.source(), d.url(), d.title(), d.published(),
          d.language(), d.status(), d.duplicateOf(), d.text(), evidence, events));
    });
  }

  /** The texts of the documents {@code ids} names that exist, by id, in one query. */
  public java.util.Map<String, String> texts(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbi.withHandle(h -> {
      java.util.Map<String, String> out = new java.util.HashMap<>();
      h.createQuery("select id, text from documents where id in (<ids>)").bindList("ids", List.copyOf(ids))
          .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
          .forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    });
  }

  /**
   * Every document that the pipeline has finished with (processed, skipped or failed) whose status
   * was set after {@code afterSeq} (see {@code documents.status_seq}), in that order, with the types
   * and countries of its records, from a database cursor.
   */
  public void streamIndexable(long afterSeq, Consumer<Indexable> sink) {
    jdbi.useTransaction(h -> {
      var q = h.createQuery(
          "select d.id, d.title, d.published::text, d.text,"
              + " coalesce((select array_agg(distinct r.type) from records r where r.document_id = d.id), '{}') as types,"
              + " coalesce((select array_agg(distinct r.place_country) from records r where r.document_id = d.id"
              + "   and r.place_country is not null), '{}') as countries, d.status_seq"
              + " from documents d where d.status <> 'ingested' and d.status_seq > :after"
              + " order by d.status_seq")
          .bind("after", afterSeq);
      q.setFetchSize(500);
      try (var s = q.map((rs, ctx) -> indexable(rs)).stream()) {
        s.forEach(sink);
      }
    });
  }

  private static Indexable indexable(ResultSet rs) throws SQLException {
    return new Indexable(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        List.of((String[]) rs.getArray("types").getArray()),
        List.of((String[]) rs.getArray("countries").getArray()), rs.getLong("status_seq"));
  }

  static EventDetail.Quote quote(ResultSet rs) throws SQLException {
    return new EventDetail.Quote(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
        rs.getString(5));
  }
}
