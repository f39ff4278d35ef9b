package org.marsad.core.time;

import java.time.LocalDate;
import java.util.Objects;
import org.marsad.core.domain.Span;

/**
 * Where a timex stands: the document text, the span of its sentence and the document's date.
 *
 * @param text the document text
 * @param sentence the span of the timex's sentence in {@code text}
 * @param dct the document creation (publication) date, or null when unknown
 */
public record TimexContext(String text, Span sentence, LocalDate dct) {

  public TimexContext {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    if (sentence.end() > text.length()) {
      throw new IllegalArgumentException("sentence " + sentence + " ends after the text (" + text.length() + " chars)");
    }
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
