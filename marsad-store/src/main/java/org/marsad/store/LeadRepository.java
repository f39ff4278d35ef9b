package org.marsad.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.source.FeedItem;

/**
 * The queue of leads: article URLs from GDELT, or a feed's articles whose fetch failed for a passing reason,
 * each queued once and fetched once (tried again a few times after a passing failure). Thread-safe.
 */
public interface LeadRepository {

  /** Queues the URLs not queued (or fetched) before; returns how many were new. */
  int queue(List<String> urls, String origin);

  /**
   * Queues the article of a feed's {@code item}, handed over by the feed at {@code origin} after a passing failure,
   * keeping the item's title and publication date (schema V13) for the page fetched later to fall back on, as it
   * does when the feed fetches it at once. An article queued (or fetched) before is left as it is, with what it was
   * queued with.
   *
   * @return true if it was new
   */
  boolean queue(FeedItem item, String origin);

  /**
   * The feed item the lead at {@code url} was handed over from, with the item's title and publication date; empty
   * for a lead no feed handed over (a GDELT lead), one whose item gave neither, or a URL not queued.
   */
  Optional<FeedItem> feedItem(String url);

  /** Up to {@code limit} leads not yet fetched and not waiting to be tried again, oldest first. */
  List<String> unfetched(int limit);

  /** Records that {@code url} was fetched, with its one-line outcome; it is never handed out again. */
  void fetched(String url, String outcome);

  /**
   * Records a failed try of {@code url} for a passing reason: it is handed out again once {@code after}
   * has passed, unless this was its {@code maxAttempts}-th try, when it is fetched for good with its
   * outcome and the number of tries.
   *
   * @return true if it will be tried again
   */
  boolean retryLater(String url, String outcome, java.time.Duration after, int maxAttempts);

  Optional<Lead> find(String url);

  /** Leads not yet fetched. */
  long queued();

  /** Remembers GDELT events (GLOBALEVENTIDs) that were leads, for the mentions exports that follow. */
  void rememberEvents(Collection<String> eventIds);

  /** The lead events first seen at or after {@code since}. */
  Set<String> eventsSince(Instant since);
}
