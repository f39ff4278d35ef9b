package org.marsad.core.lang;

import java.util.Set;

/**
 * A quick test that spares most English news the language detector: among the first words of a
 * text, the share that are the commonest English function words ("the", "of", "and", "to"...). In
 * English prose about a third of the words are; in other languages written in Latin letters a few
 * percent are, through names and loans. Stateless and thread-safe.
 */
final class EnglishFunctionWords {

  static final int WORDS = 200;
  static final int MIN_WORDS = 40;
  static final double MIN_SHARE = 0.22;
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "is", "that", "for",
      "was", "with", "on", "as", "by", "he", "it", "at", "from", "said", "his", "an", "are", "were", "have",
      "has", "had", "be", "been", "this", "which", "who", "they", "their", "not", "but", "or", "its", "will",
      "would", "after", "about");

  private EnglishFunctionWords() {}

  /** Whether {@code text}'s first {@value #WORDS} words are plainly English (at least {@value #MIN_WORDS} of them). */
  static boolean isClearlyEnglish(CharSequence text) {
    int words = 0;
    int function = 0;
    int i = 0;
    int n = text.length();
    StringBuilder word = new StringBuilder();
    while (i <= n && words < WORDS) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (c > 'z') {
          if (c > '\u024F') {
            return false;
          }
        }
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words++;
        if (FUNCTION_WORDS.contains(word.toString())) {
          function++;
        }
        word.setLength(0);
      }
      i++;
    }
    return words >= MIN_WORDS && function >= MIN_SHARE * words;
  }
}
