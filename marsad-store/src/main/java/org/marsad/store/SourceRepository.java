package org.marsad.store;

import java.util.List;
import java.util.Optional;
import org.marsad.core.source.SourceState;

/**
 * The feeds the watcher polls and the item links already fetched from each. Thread-safe.
 */
public interface SourceRepository {

  /** Adds a feed, never polled; false when it was there already. */
  boolean add(String url);

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
