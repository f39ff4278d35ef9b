package org.marsad.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A named list of lower-case words and phrases, matched on word boundaries, case-insensitively.
 * Immutable and thread-safe.
 */
record Vocabulary(String name, Set<String> terms, Pattern pattern) {

  static Vocabulary of(String name, java.util.Collection<String> terms) {
    Set<String> lower = terms.stream().map(t -> t.toLowerCase(Locale.ROOT).trim())
        .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
    List<String> sorted = lower.stream().sorted((a, b) -> b.length() - a.length()).toList();
    String alternatives = sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (alternatives.isEmpty() ? "(?!)" : alternatives)
        + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Vocabulary(name, lower, p);
  }

  boolean foundIn(CharSequence text) {
    return pattern.matcher(text).find();
  }

  boolean contains(String word) {
    return terms.contains(word.toLowerCase(Locale.ROOT));
  }
}
