package org.marsad.core.time;

import java.time.LocalDate;
import org.marsad.core.domain.Span;

/** A one-sentence text with a timex in it, to try a rule on. */
record Drafts(TimexAnnotation draft, TimexContext context) {

  /** {@code sentence} with its first {@code words} as the timex, typed and valued as SUTime would. */
  static Drafts of(String sentence, String words, String type, String value, LocalDate dct) {
    int start = sentence.indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in: " + sentence);
    }
    return new Drafts(new TimexAnnotation(new Span(start, start + words.length()), type, value),
        new TimexContext(sentence, new Span(0, sentence.length()), dct));
  }

  /** The draft after {@code rule}, or null when the rule drops it. */
  TimexAnnotation after(TimexRule rule) {
    return rule.apply(draft, context);
  }

  /** The words of the draft after {@code rule}. */
  String wordsAfter(TimexRule rule) {
    return context.words(after(rule).span());
  }
}
