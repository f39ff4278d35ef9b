package org.marsad.store;

import java.util.List;
import java.util.Objects;

/**
 * An event with everything behind it.
 *
 * @param summary the event itself
 * @param sources its records, oldest attachment first
 * @param links for a response, the incidents it concerns; for an incident, the responses to it
 */
public record Event(EventSummary summary, List<EventSource> sources, List<EventLink> links) {

  public Event {
    Objects.requireNonNull(summary, "summary");
    sources = List.copyOf(sources);
    links = List.copyOf(links);
  }

  public long id() {
    return summary.id();
  }
}
