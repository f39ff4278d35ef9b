package org.marsad.core.time;

import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.Span;

/**
 * A timex as found, before or while the conventions of TimeML are applied to it.
 *
 * @param span character offsets in the document text, not empty
 * @param type the TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, empty when none was found
 */
public record TimexDraft(Span span, String type, String value) {

  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  public TimexDraft {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    if (span.length() == 0) {
      throw new IllegalArgumentException("timex span must not be empty: " + span);
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("timex type must be one of " + TYPES + ": " + type);
    }
  }

  public TimexDraft withValue(String newValue) {
    return new TimexDraft(span, type, newValue);
  }

  public TimexDraft with(String newType, String newValue) {
    return new TimexDraft(span, newType, newValue);
  }
}
