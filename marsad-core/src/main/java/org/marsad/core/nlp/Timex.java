package org.marsad.core.nlp;

import org.marsad.core.domain.Span;
import org.marsad.core.time.DateRange;

/**
 * A temporal expression normalised against the publication date.
 *
 * @param sentence index of its sentence
 * @param first index of its first token in the sentence
 * @param last index of its last token (inclusive)
 * @param span character offsets in the document text
 * @param text the expression as written
 * @param type the TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, e.g. {@code 2020-11-26}, {@code 2020-11}, {@code PRESENT_REF}
 * @param range the calendar days it denotes, or null when it denotes none (durations, sets)
 */
public record Timex(int sentence, int first, int last, Span span, String text, String type, String value,
    DateRange range) {

  public Timex {
    java.util.Objects.requireNonNull(span, "span");
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(value, "value");
    if (last < first) {
      throw new IllegalArgumentException("timex last token before first: first=" + first + ", last=" + last);
    }
  }
}
