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
  public int requeueAll() {
    return jdbi.withHandle(
        h -> h.createUpdate("update documents set status = 'ingested' where status <> 'ingested'")
            .execute());
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

  @Override
  public void markDuplicate(String id, String originalId) {
    if (id.equals(originalId)) {
      throw new IllegalArgumentException("a document cannot duplicate itself: id=" + id);
    }
    int updated =
        jdbi.inTransaction(
            h -> {
              if (originalId != null
                  && h.createQuery("select 1 from documents where id = :id")
                      .bind("id", originalId)
                      .mapTo(Integer.class)
                      .findOne()
                      .isEmpty()) {
                throw new IllegalArgumentException("no such original document: id=" + originalId);
              }
              return h.createUpdate("update documents set duplicate_of = :original where id = :id")
                  .bind("original", originalId)
                  .bind("id", id)
                  .execute();
            });
    if (updated == 0) {
      throw new IllegalArgumentException("no such document: id=" + id);
    }
  }

  @Override
  public Optional<String> duplicateOf(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select duplicate_of from documents where id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .flatMap(Optional::ofNullable));
  }

  @Override
  public void saveSketch(String id, String scheme, long[] minhash, long[] bands) {
    Objects.requireNonNull(scheme, "scheme");
    byte[] bytes = bytes(minhash);
    jdbi.useTransaction(
        h -> {
          if (h.createQuery("select 1 from documents where id = :id for update")
              .bind("id", id)
              .mapTo(Integer.class)
              .findOne()
              .isEmpty()) {
            throw new IllegalArgumentException("no such document: id=" + id);
          }
          h.createUpdate(
                  "insert into document_sketches (document_id, scheme, minhash) values (:id,"
                      + " :scheme, :minhash) on conflict (document_id) do update set scheme ="
                      + " excluded.scheme, minhash = excluded.minhash")
              .bind("id", id)
              .bind("scheme", scheme)
              .bind("minhash", bytes)
              .execute();
          h.createUpdate("delete from document_bands where document_id = :id")
              .bind("id", id)
              .execute();
          var batch =
              h.prepareBatch(
                  "insert into document_bands (band, bucket, document_id) values (:band, :bucket,"
                      + " :id) on conflict do nothing");
          for (int b = 0; b < bands.length; b++) {
            batch.bind("band", (short) b).bind("bucket", bands[b]).bind("id", id).add();
          }
          if (bands.length > 0) {
            batch.execute();
          }
        });
  }

  @Override
  public List<DocumentSketch> sharingBands(String id, String scheme, long[] bands) {
    if (bands.length == 0) {
      return List.of();
    }
    Integer[] numbers = new Integer[bands.length];
    Long[] keys = new Long[bands.length];
    for (int b = 0; b < bands.length; b++) {
      numbers[b] = b;
      keys[b] = bands[b];
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select s.document_id, s.minhash, d.duplicate_of from document_sketches s"
                        + " join documents d on d.id = s.document_id where s.scheme = :scheme"
                        + " and s.document_id <> :id and s.document_id in (select b.document_id"
                        + " from document_bands b join unnest(cast(:bands as int[]),"
                        + " cast(:keys as bigint[])) as q(band, bucket) on b.band = q.band and"
                        + " b.bucket = q.bucket) order by s.document_id")
                .bind("scheme", scheme)
                .bind("id", id)
                .bindArray("bands", Integer.class, (Object[]) numbers)
                .bindArray("keys", Long.class, (Object[]) keys)
                .map(
                    (rs, ctx) ->
                        new DocumentSketch(
                            rs.getString("document_id"),
                            longs(rs.getBytes("minhash")),
                            rs.getString("duplicate_of")))
                .list());
  }

  private static byte[] bytes(long[] values) {
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate(values.length * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      b.putLong(v);
    }
    return b.array();
  }

  private static long[] longs(byte[] bytes) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long[] out = new long[bytes.length / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
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
