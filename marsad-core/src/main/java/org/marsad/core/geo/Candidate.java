package org.marsad.core.geo;

import java.util.Objects;
import org.marsad.core.domain.Place;

/**
 * One place a mention may mean, with what is known before looking at the rest of the text.
 *
 * @param place the candidate
 * @param prior score from the candidate alone: its kind, population, seat, how its name matched
 * @param alternate matched only by an alternate name or a generic short form
 * @param admin1Level a first-level admin area (its places get context from it)
 * @param needsContext plausible only with support from the text: a small place, an ordinary word
 * @param needsBigContext an ordinary word: plausible with support only when not small either
 */
record Candidate(
    Place place, double prior, boolean alternate, boolean admin1Level, boolean needsContext,
    boolean needsBigContext) {

  Candidate {
    Objects.requireNonNull(place, "place");
    if (!Double.isFinite(prior)) {
      throw new IllegalArgumentException("prior must be finite: " + prior + " for " + place.id());
    }
  }
}
