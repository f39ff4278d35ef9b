package org.marsad.core.dedup;

import java.util.Map;
import java.util.Objects;

/**
 * What same-event clustering reads from a document's text: term counts of its content words and of
 * its names and years (both weighted up in the lead, where news states the event), and the year it
 * names most. Immutable.
 *
 * @param words content-word counts, lower case, stop words left out
 * @param names counts of capitalised words and four-digit years, lower case
 * @param year the year named most often, or 0 when none
 */
public record TextFeatures(Map<String, Float> words, Map<String, Float> names, int year) {

  public TextFeatures {
    words = Map.copyOf(Objects.requireNonNull(words, "words"));
    names = Map.copyOf(Objects.requireNonNull(names, "names"));
    if (year < 0) {
      throw new IllegalArgumentException("year must not be negative: year=" + year);
    }
  }
}
