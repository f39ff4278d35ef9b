package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.core.domain.Document;

/**
 * {@link DocumentRepository} on the {@code documents} table. Needs a {@link Jdbi} and the clock
 * that stamps {@code ingested_at}. Thread-safe: holds no state of its own.
 */
final class JdbiDocumentRepository implements DocumentRepository {

  private static final String COLUMNS = "id, source, url, title, published, author, language, text";

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiDocumentRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean insertIfAbsent(Document d) {
    return insertAllIfAbsent(List.of(d)) == 1;
  }

  @Override
  public int insertAllIfAbsent(List<Document> documents) {
    documents.forEach(JdbiDocumentRepository::requireNoNul);
    if (documents.isEmpty()) {
      return 0;
    }
    OffsetDateTime at = Timestamps.now(clock);
    return jdbi.inTransaction(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  "insert into documents ("
                      + COLUMNS
                      + ", ingested_at, status) values (:id, :source, :url, :title,"
                      + " :published, :author, :language, :text, :at, 'ingested') on conflict"
                      + " (id) do nothing");
          for (Document d : documents) {
            batch
                .bind("id", d.id())
                .bind("source", d.source())
                .bind("url", d.url())
                .bind("title", d.title())
                .bind("published", d.published())
                .bind("author", d.author())
                .bind("language", d.language())
                .bind("text", d.text())
                .bind("at", at)
                .add();
          }
          int added = 0;
          for (int n : batch.execute()) {
            added += n;
          }
          return added;
        });
  }

  @Override
  public Optional<Document> find(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select " + COLUMNS + " from documents where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> document(rs))
                .findOne());
  }

  @Override
  public Optional<DocumentStatus> status(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select status from documents where id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(DocumentStatus::of));
  }

  @Override
  public List<Document> needingProcessing(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: limit=" + limit);
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select "
                        + COLUMNS
                        + " from documents where status = 'ingested' order by ingested_at, id limit"
                        + " :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> document(rs))
                .list());
  }

  @Override
  public void markStatus(String id, DocumentStatus status) {
    markStatus(id, status, null);
  }

  @Override
  public void markStatus(String id, DocumentStatus status, String language) {
    Objects.requireNonNull(status, "status");
    int updated =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "update documents set status = :status,"
                            + " language = coalesce(:language, language) where id = :id")
                    .bind("status", status.id())
                    .bind("language", language)
                    .bind("id", id)
                    .execute());
    if (updated == 0) {
      throw new IllegalArgumentException("no such document: id=" + id);
    }
  }

  private static Document document(ResultSet rs) throws SQLException {
    return new Document(
        rs.getString("id"),
        rs.getString("source"),
        rs.getString("url"),
        rs.getString("title"),
        rs.getObject("published", LocalDate.class),
        rs.getString("author"),
        rs.getString("language"),
        rs.getString("text"));
  }

  private static void requireNoNul(Document d) {
    String[][] fields = {
      {"id", d.id()},
      {"source", d.source()},
      {"url", d.url()},
      {"title", d.title()},
      {"author", d.author()},
      {"language", d.language()},
      {"text", d.text()}
    };
    for (String[] field : fields) {
      int at = field[1].indexOf('\0');
      if (at >= 0) {
        throw new IllegalArgumentException(
            "document "
                + field[0]
                + " holds a NUL character, which PostgreSQL cannot store: id="
                + d.id()
                + ", offset="
                + at);
      }
    }
  }
}
