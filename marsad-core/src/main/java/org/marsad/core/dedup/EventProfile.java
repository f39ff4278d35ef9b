package org.marsad.core.dedup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;

/**
 * What same-event matching knows of an existing event: its derived fields and the places and actors
 * of all its sources. Immutable.
 *
 * @param id the event's id in whatever holds it
 * @param kind incident or response
 * @param type typology id
 * @param date first day, or null
 * @param dateEnd last day of a range, or null
 * @param place the event's place, or null
 * @param placeIds gazetteer ids of its sources' places
 * @param actors its sources' actors, as {@link RecordMatcher#actorKey} gives them
 */
public record EventProfile(
    long id,
    RecordKind kind,
    String type,
    LocalDate date,
    LocalDate dateEnd,
    Place place,
    Set<String> placeIds,
    Set<String> actors) {

  public EventProfile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    placeIds = Set.copyOf(placeIds);
    actors = Set.copyOf(actors);
    if (date != null && dateEnd != null && dateEnd.isBefore(date)) {
      throw new IllegalArgumentException("dateEnd before date: date=" + date + ", dateEnd=" + dateEnd);
    }
  }
}
