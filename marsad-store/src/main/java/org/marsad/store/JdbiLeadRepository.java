package org.marsad.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.marsad.core.source.FeedItem;
import org.marsad.core.source.OneLine;

/**
 * {@link LeadRepository} on the {@code leads} and {@code lead_events} tables (schema V10, retries V11, feed items
 * V13). Needs a {@link Jdbi} and the clock that stamps rows. Thread-safe: holds no state of its own.
 */
final class JdbiLeadRepository implements LeadRepository {

  private static final int MAX_OUTCOME = 500;

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiLeadRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public int queue(List<String> urls, String origin) {
    if (urls.isEmpty()) {
      return 0;
    }
    return jdbi.inTransaction(h -> {
      var batch = h.prepareBatch("insert into leads (url, origin, first_seen_at) values (:url, :origin, :at)"
          + " on conflict (url) do nothing");
      var at = Timestamps.now(clock);
      for (String url : urls) {
        batch.bind("url", url).bind("origin", origin).bind("at", at).add();
      }
      int queued = 0;
      for (int n : batch.execute()) {
        queued += n;
      }
      return queued;
    });
  }

  @Override
  public boolean queue(FeedItem item, String origin) {
    return jdbi.withHandle(h -> h.createUpdate(
            "insert into leads (url, origin, first_seen_at, feed_title, feed_published)"
                + " values (:url, :origin, :at, :title, :published) on conflict (url) do nothing")
        .bind("url", item.link()).bind("origin", origin).bind("at", Timestamps.now(clock))
        .bind("title", item.title().isEmpty() ? null : item.title().replace("\u0000", ""))
        .bind("published", item.published())
        .execute()) == 1;
  }

  @Override
  public Optional<FeedItem> feedItem(String url) {
    return jdbi.withHandle(h -> h.createQuery(
            "select feed_title, feed_published from leads where url = :url"
                + " and (feed_title is not null or feed_published is not null)")
        .bind("url", url)
        .map((rs, ctx) -> new FeedItem(url, rs.getString("feed_title"),
            rs.getObject("feed_published", LocalDate.class)))
        .findOne());
  }

  @Override
  public List<String> unfetched(int limit) {
    return jdbi.withHandle(h -> h.createQuery(
            "select url from leads where fetched_at is null and (retry_at is null or retry_at <= :now)"
                + " order by first_seen_at, url limit :limit")
        .bind("now", Timestamps.now(clock)).bind("limit", limit).mapTo(String.class).list());
  }

  @Override
  public void fetched(String url, String outcome) {
    int n = jdbi.withHandle(h -> h.createUpdate(
            "update leads set fetched_at = :at, outcome = :outcome, retry_at = null where url = :url")
        .bind("at", Timestamps.now(clock)).bind("outcome", kept(outcome)).bind("url", url).execute());
    if (n != 1) {
      throw new IllegalArgumentException("no lead " + url + " to mark fetched");
    }
  }

  @Override
  public boolean retryLater(String url, String outcome, Duration after, int maxAttempts) {
    return jdbi.inTransaction(h -> {
      Integer attempts = h.createQuery("select attempts from leads where url = :url and fetched_at is null for update")
          .bind("url", url).mapTo(Integer.class).findOne()
          .orElseThrow(() -> new IllegalArgumentException("no lead " + url + " to try again"));
      int tries = attempts + 1;
      if (tries >= maxAttempts) {
        h.createUpdate("update leads set attempts = :tries, retry_at = null, fetched_at = :at, outcome = :outcome"
                + " where url = :url")
            .bind("tries", tries).bind("at", Timestamps.now(clock)).bind("url", url)
            .bind("outcome", kept(outcome + " (gave up after " + tries + " tries)")).execute();
        return false;
      }
      h.createUpdate("update leads set attempts = :tries, retry_at = :retry, outcome = :outcome where url = :url")
          .bind("tries", tries).bind("retry", OffsetDateTime.ofInstant(clock.instant().plus(after), ZoneOffset.UTC))
          .bind("outcome", kept(outcome)).bind("url", url).execute();
      return true;
    });
  }

  /** {@code outcome} on one line, at most {@value #MAX_OUTCOME} characters. */
  private static String kept(String outcome) {
    String line = OneLine.of(outcome);
    return line.length() > MAX_OUTCOME ? line.substring(0, MAX_OUTCOME) : line;
  }

  @Override
  public Optional<Lead> find(String url) {
    return jdbi.withHandle(h -> h.createQuery(
            "select url, origin, first_seen_at, fetched_at, outcome from leads where url = :url")
        .bind("url", url)
        .map((rs, ctx) -> new Lead(rs.getString("url"), rs.getString("origin"),
            Timestamps.read(rs, "first_seen_at"), rs.getObject("fetched_at") == null ? null : Timestamps.read(rs, "fetched_at"), rs.getString("outcome")))
        .findOne());
  }

  @Override
  public long queued() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from leads where fetched_at is null")
        .mapTo(Long.class).one());
  }

  @Override
  public void rememberEvents(Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> {
      var batch = h.prepareBatch("insert into lead_events (event_id, first_seen_at) values (:id, :at)"
          + " on conflict (event_id) do nothing");
      var at = Timestamps.now(clock);
      for (String id : eventIds) {
        batch.bind("id", id).bind("at", at).add();
      }
      batch.execute();
    });
  }

  @Override
  public Set<String> eventsSince(Instant since) {
    return jdbi.withHandle(h -> new HashSet<>(h.createQuery(
            "select event_id from lead_events where first_seen_at >= :since")
        .bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).mapTo(String.class).list()));
  }
}
