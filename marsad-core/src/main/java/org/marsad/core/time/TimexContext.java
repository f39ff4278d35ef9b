package org.marsad.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.marsad.core.domain.Span;

/**
 * Where a timex stands: the document text, the span of its sentence, the document's date and the
 * values of the timexes before it.
 *
 * @param text the document text
 * @param sentence the span of the timex's sentence in {@code text}
 * @param dct the document creation (publication) date, or null when unknown
 * @param earlier the TIMEX3 values of the document's timexes before this one, in text order
 */
public record TimexContext(String text, Span sentence, LocalDate dct, List<String> earlier) {

  public TimexContext {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    earlier = List.copyOf(earlier);
    if (sentence.end() > text.length()) {
      throw new IllegalArgumentException("sentence " + sentence + " ends after the text (" + text.length() + " chars)");
    }
  }

  /** A context with no timex before. */
  public TimexContext(String text, Span sentence, LocalDate dct) {
    this(text, sentence, dct, List.of());
  }

  /** The words of {@code span}. */
  public String words(Span span) {
    return span.of(text);
  }

  /** The whole sentence. */
  public String sentenceText() {
    return sentence.of(text);
  }

  /** The sentence before {@code span}. */
  public String before(Span span) {
    return text.substring(sentence.start(), Math.max(sentence.start(), span.start()));
  }

  /** The sentence after {@code span}. */
  public String after(Span span) {
    return text.substring(Math.min(span.end(), sentence.end()), sentence.end());
  }
}
