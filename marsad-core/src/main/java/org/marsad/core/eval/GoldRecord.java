package org.marsad.core.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A record the gold standard expects (see shared/seeds/README.md): kind, accepted types, a date
 * range the emitted date must fall in, the country, and strings one of which an actor must hold.
 */
public record GoldRecord(String kind, List<String> types, LocalDate dateFrom, LocalDate dateTo, String country,
    List<String> actors) {

  public GoldRecord {
    types = List.copyOf(types);
    actors = List.copyOf(actors);
  }
}
