package org.marsad.core.geo;

import java.util.Objects;
import java.util.Optional;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.Span;

/**
 * What the resolver made of one place mention of a text.
 *
 * @param span where the mention is in the text
 * @param mention the mention as written
 * @param place the place it most likely means; empty when no candidate is plausible
 * @param metonymic whether it stands for a government or its people rather than the place
 *     ("Stockholm said"): the place is still given, a caller that wants places only skips it
 * @param guessed whether the place is the text's focus given for lack of any plausible candidate
 *     ("Main Street" in a text about Alexandria, Louisiana): right more often than not in local
 *     news, but no reading of the mention itself
 */
public record Resolution(
    Span span, String mention, Optional<Place> place, boolean metonymic, boolean guessed) {

  public Resolution {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(place, "place");
  }
}
