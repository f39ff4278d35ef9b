package org.marsad.core.time;

import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.Span;

/**
 * A TIMEX3 annotation: where a temporal expression is in its document and its TimeML type and
 * value. The normaliser's rules refine it while they apply the conventions of TimeML; the scorer
 * compares gold annotations with a system's.
 *
 * @param span character offsets in the document text, not empty
 * @param type the TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, empty when none was found
 */
public record TimexAnnotation(Span span, String type, String value) {

  /** The TimeML types of a TIMEX3. */
  public static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  public TimexAnnotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    if (span.length() == 0) {
      throw new IllegalArgumentException("timex span must not be empty: " + span);
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("timex type must be one of " + TYPES + ": " + type);
    }
  }

  public TimexAnnotation withValue(String newValue) {
    return new TimexAnnotation(span, type, newValue);
  }

  public TimexAnnotation with(String newType, String newValue) {
    return new TimexAnnotation(span, newType, newValue);
  }
}
