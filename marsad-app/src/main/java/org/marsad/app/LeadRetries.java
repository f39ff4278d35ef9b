package org.marsad.app;

import java.time.Duration;
import java.util.Objects;
import org.marsad.core.source.FeedItem;
import org.marsad.store.LeadRepository;

/**
 * The one rule by which an article that failed for a passing reason (its server's 5xx or 429, a timeout,
 * robots.txt unreachable for now) is tried again: as a lead of the queue, {@link #AFTER} later, {@link #MAX_TRIES}
 * times in all, after which it is given up, its last error kept as its outcome. For the leads {@link GdeltRound}
 * fetches, and for the articles of feeds, which {@code watch} hands over to the queue after their first try.
 * Needs the store's leads. Thread-safe as they are.
 */
final class LeadRetries {

  /** How long an article that failed for a passing reason waits before it is tried again. */
  static final Duration AFTER = Duration.ofMinutes(30);

  /** How many times an article is tried at most. */
  static final int MAX_TRIES = 4;

  private final LeadRepository leads;

  LeadRetries(LeadRepository leads) {
    this.leads = Objects.requireNonNull(leads, "leads");
  }

  /**
   * Records a try of the queued lead {@code url} that failed for a passing reason, {@code outcome}.
   *
   * @return true if it will be tried again, false if that was its last try
   */
  boolean later(String url, String outcome) {
    return leads.retryLater(url, outcome, AFTER, MAX_TRIES);
  }

  /**
   * Takes over the article of the feed item {@code item}, which the feed at {@code origin} tried once and failed to
   * fetch for a passing reason, {@code outcome}: it is queued as a lead with the item's title and publication date
   * (for its page, when fetched, to fall back on as the feed's would), that try counted as its first. An article
   * already queued as a lead (by GDELT, or by another feed) is left as it is: fetched in its turn, or fetched already.
   */
  void takeOver(FeedItem item, String origin, String outcome) {
    if (leads.queue(item, origin)) {
      later(item.link(), outcome);
    }
  }
}
