package org.marsad.core.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * An emitted record as scoring sees it: its JSON fields reduced to what the matching rule reads.
 *
 * @param haystack the actors' names, titles, orgs and countries and the place name, for actor matching
 */
public record EmittedRecord(String kind, String type, LocalDate date, LocalDate dateEnd, String country,
    List<String> haystack) {

  public EmittedRecord {
    haystack = List.copyOf(haystack);
  }
}
