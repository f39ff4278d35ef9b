package org.marsad.core.time;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads a small cardinal written as digits or as an English word ("a", "nine", "twelve", "24"). Stateless and thread-safe. */
final class WordNumbers {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30));

  private WordNumbers() {}

  static OptionalInt parse(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.matches("\\d{1,4}")) {
      return OptionalInt.of(Integer.parseInt(w));
    }
    Integer n = WORDS.get(w);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }
}
