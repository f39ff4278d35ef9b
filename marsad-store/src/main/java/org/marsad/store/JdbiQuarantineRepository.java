package org.marsad.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.marsad.core.domain.Quarantined;

/**
 * {@link QuarantineRepository} on the {@code quarantine} table, unique on (source, SHA-256 of
 * content). Needs a {@link Jdbi} and the clock that stamps {@code at}. Thread-safe: holds no state
 * of its own.
 */
final class JdbiQuarantineRepository implements QuarantineRepository {

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiQuarantineRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean add(Quarantined item) {
    byte[] content = item.content();
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "insert into quarantine"
                            + " (source, stage, reason, content, content_hash, at)"
                            + " values (:source, :stage, :reason, :content, :hash, :at)"
                            + " on conflict (source, content_hash) do nothing")
                    .bind("source", withoutNul(item.source()))
                    .bind("stage", withoutNul(item.stage()))
                    .bind("reason", withoutNul(item.reason()))
                    .bind("content", content)
                    .bind("hash", sha256(content))
                    .bind("at", Timestamps.now(clock))
                    .execute())
        == 1;
  }

  @Override
  public long count() {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from quarantine").mapTo(Long.class).one());
  }

  @Override
  public List<QuarantineEntry> list(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "need offset >= 0 and limit >= 1: offset=" + offset + ", limit=" + limit);
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select id, source, stage, reason, content, content_hash, at from quarantine"
                        + " order by id offset :offset limit :limit")
                .bind("offset", offset)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new QuarantineEntry(
                            rs.getLong("id"),
                            new Quarantined(
                                rs.getString("source"),
                                rs.getString("stage"),
                                rs.getString("reason"),
                                rs.getBytes("content")),
                            rs.getString("content_hash"),
                            Timestamps.read(rs, "at")))
                .list());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String withoutNul(String s) {
    return s.replace('\0', '\uFFFD');
  }
}
