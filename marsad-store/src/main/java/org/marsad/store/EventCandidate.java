package org.marsad.store;

import java.util.Objects;
import java.util.Set;

/**
 * An event that a new record might join, with what matching needs beyond its summary.
 *
 * @param event the event
 * @param actors the actors of its sources, as registry ids where linked, else lower-case names
 * @param placeIds the gazetteer ids of its sources' places
 */
public record EventCandidate(EventSummary event, Set<String> actors, Set<String> placeIds) {

  public EventCandidate {
    Objects.requireNonNull(event, "event");
    actors = Set.copyOf(actors);
    placeIds = Set.copyOf(placeIds);
  }
}
