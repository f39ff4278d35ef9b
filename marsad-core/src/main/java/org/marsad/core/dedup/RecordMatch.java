package org.marsad.core.dedup;

import java.util.Objects;

/**
 * The event a record should join, with the score and the signals that decided it.
 *
 * @param eventId the event
 * @param score in (0, 1]
 * @param signals which signals agreed, e.g. {@code type+date+place+actors}
 */
public record RecordMatch(long eventId, double score, String signals) {

  public RecordMatch {
    Objects.requireNonNull(signals, "signals");
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in (0, 1]: score=" + score);
    }
  }
}
