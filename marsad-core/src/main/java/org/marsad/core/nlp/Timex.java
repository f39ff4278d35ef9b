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
 * @param value the TIMEX3 value, e.g. {@code 2020-11-26}, {@code 2020-11}, {@code PRESENT_REF}
 * @param range the calendar days it denotes, or null when it denotes none (durations, sets)
 */
public record Timex(int sentence, int first, int last, Span span, String text, String value, DateRange range) {}
