package org.marsad.core.eval;

import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.Span;

/**
 * A TIMEX3 as scored: where it is in its document and its TimeML type and value, whether it comes
 * from gold annotation or from a system.
 *
 * @param span character offsets in the document text, not empty
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, e.g. {@code 2013-03-22}, {@code P3D}, {@code PAST_REF}; may be empty
 */
public record TimexTag(Span span, String type, String value) {

  /** The TimeML types of a TIMEX3. */
  public static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  public TimexTag {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    if (span.length() == 0) {
      throw new IllegalArgumentException("timex span must not be empty: " + span);
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("timex type must be one of " + TYPES + ": " + type);
    }
  }
}
