package org.marsad.store;

import java.util.List;
import java.util.Optional;
import org.marsad.core.source.SourceState;

/**
 * The sources the watcher polls (feeds and GDELT exports) and the item links (or GDELT export
 * files) already fetched from each. Thread-safe.
 */
public interface SourceRepository {

  /** Adds a feed, never polled; false when it was there already. */
  default boolean add(String url) {
    return add(url, SourceState.FEED);
  }

  /** Adds a source of {@code kind} ({@link SourceState#FEED} or {@link SourceState#GDELT}); false when there. */
  boolean add(String url, String kind);

  /** Removes a feed and the links seen from it; false when it was not there. */
  boolean remove(String url);

  /** Every feed, by URL. */
  List<SourceState> list();

  Optional<SourceState> find(String url);

  /** Stores the state after a poll; the feed must exist. */
  void update(SourceState state);

  /** Whether {@code link} was fetched from {@code sourceUrl} before. */
  boolean seen(String sourceUrl, String link);

  /** Remembers that {@code link} was fetched from {@code sourceUrl}. */
  void markSeen(String sourceUrl, List<String> links);
}
