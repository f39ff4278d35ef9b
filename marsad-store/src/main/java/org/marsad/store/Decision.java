package org.marsad.store;

import java.util.Objects;

/**
 * Why a record joined an event, or a response was linked to an incident: the decision trail that
 * lets analysts merge and split later. The store stamps the time.
 *
 * @param signal what decided it, e.g. {@code new}, {@code near_duplicate}, {@code same_event:
 *     type+date+place}, {@code same_document}, {@code analyst}
 * @param score the score that decided it, or null when there is none
 * @param decidedBy who decided: {@link #MARSAD} for the pipeline, else the analyst's name
 */
public record Decision(String signal, Double score, String decidedBy) {

  /** The pipeline, as {@link #decidedBy()}. */
  public static final String MARSAD = "marsad";

  public Decision {
    Objects.requireNonNull(signal, "signal");
    if (signal.isBlank()) {
      throw new IllegalArgumentException("signal must not be blank: decidedBy=" + decidedBy);
    }
    if (score != null && !Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite: score=" + score);
    }
    decidedBy = decidedBy == null || decidedBy.isBlank() ? MARSAD : decidedBy;
  }

  /** A decision of the pipeline. */
  public static Decision of(String signal, Double score) {
    return new Decision(signal, score, MARSAD);
  }
}
