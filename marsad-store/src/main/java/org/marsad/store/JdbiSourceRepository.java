package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.marsad.core.source.OneLine;
import org.marsad.core.source.SourceState;

/**
 * {@link SourceRepository} on the {@code sources} and {@code source_items} tables (schema V5, kind V10).
 * Needs a {@link Jdbi} and the clock that stamps rows. Thread-safe: holds no state of its own.
 */
final class JdbiSourceRepository implements SourceRepository {

  private static final String COLUMNS = "url, etag, last_modified, failures, next_poll_at, last_status, kind";

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiSourceRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean add(String url, String kind) {
    String checked = SourceState.fresh(url, kind).kind();
    return jdbi.withHandle(h -> h.createUpdate(
            "insert into sources (url, added_at, kind) values (:url, :at, :kind) on conflict (url) do nothing")
        .bind("url", url).bind("at", Timestamps.now(clock)).bind("kind", checked).execute()) == 1;
  }

  @Override
  public boolean remove(String url) {
    return jdbi.withHandle(h -> h.createUpdate("delete from sources where url = :url").bind("url", url).execute()) == 1;
  }

  @Override
  public List<SourceState> list() {
    return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from sources order by url")
        .map((rs, ctx) -> state(rs)).list());
  }

  @Override
  public Optional<SourceState> find(String url) {
    return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from sources where url = :url")
        .bind("url", url).map((rs, ctx) -> state(rs)).findOne());
  }

  @Override
  public void update(SourceState s) {
    int n = jdbi.withHandle(h -> h.createUpdate("update sources set etag = :etag, last_modified = :lm,"
            + " failures = :failures, next_poll_at = :next, last_status = :status, last_polled_at = :at where url = :url")
        .bind("etag", s.etag()).bind("lm", s.lastModified()).bind("failures", s.failures())
        .bind("next", s.nextPollAt() == null ? null
            : OffsetDateTime.ofInstant(s.nextPollAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
        .bind("status", OneLine.of(s.lastStatus())).bind("at", Timestamps.now(clock)).bind("url", s.url()).execute());
    if (n != 1) {
      throw new IllegalArgumentException("no source " + s.url() + " to update");
    }
  }

  @Override
  public boolean seen(String sourceUrl, String link) {
    return jdbi.withHandle(h -> h.createQuery(
            "select exists (select 1 from source_items where source_url = :s and link = :l)")
        .bind("s", sourceUrl).bind("l", link).mapTo(Boolean.class).one());
  }

  @Override
  public void markSeen(String sourceUrl, List<String> links) {
    if (links.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> {
      var batch = h.prepareBatch("insert into source_items (source_url, link, seen_at) values (:s, :l, :at)"
          + " on conflict do nothing");
      for (String l : links) {
        batch.bind("s", sourceUrl).bind("l", l).bind("at", Timestamps.now(clock)).add();
      }
      batch.execute();
    });
  }

  private static SourceState state(ResultSet rs) throws SQLException {
    OffsetDateTime next = rs.getObject("next_poll_at", OffsetDateTime.class);
    Instant nextAt = next == null ? null : next.toInstant();
    return new SourceState(rs.getString("url"), rs.getString("etag"), rs.getString("last_modified"),
        rs.getInt("failures"), nextAt, rs.getString("last_status"),
        rs.getString("kind"));
  }
}
