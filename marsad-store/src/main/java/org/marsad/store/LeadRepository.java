package org.marsad.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The queue of leads: article URLs from GDELT, each queued once and fetched once. Thread-safe.
 */
public interface LeadRepository {

  /** Queues the URLs not queued (or fetched) before; returns how many were new. */
  int queue(List<String> urls, String origin);

  /** Up to {@code limit} leads not yet fetched, oldest first. */
  List<String> unfetched(int limit);

  /** Records that {@code url} was fetched, with its one-line outcome; it is never handed out again. */
  void fetched(String url, String outcome);

  Optional<Lead> find(String url);

  /** Leads not yet fetched. */
  long queued();

  /** Remembers GDELT events (GLOBALEVENTIDs) that were leads, for the mentions exports that follow. */
  void rememberEvents(Collection<String> eventIds);

  /** The lead events first seen at or after {@code since}. */
  Set<String> eventsSince(Instant since);
}
