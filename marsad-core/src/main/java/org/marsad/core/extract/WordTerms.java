package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A vocabulary as word sequences, for fast tests on plain text: one-word terms looked up in a
 * text's word set, longer ones found in its words joined by single spaces. Every character that
 * is not a letter or digit separates words, so it finds whatever the vocabulary's own pattern
 * finds ("anti-Muslim", "Qur'an"), and a little more ("anti Muslim"). Immutable and thread-safe.
 */
record WordTerms(Set<String> words, List<String> phrases) {

  WordTerms {
    words = Set.copyOf(words);
    phrases = List.copyOf(phrases);
  }

  static WordTerms of(Vocabulary v) {
    Set<String> words = new HashSet<>();
    List<String> phrases = new ArrayList<>();
    for (String term : v.terms()) {
      String joined = joined(words(term)).trim();
      if (joined.isEmpty()) {
        continue;
      }
      if (joined.indexOf(' ') < 0) {
        words.add(joined);
      } else {
        phrases.add(" " + joined + " ");
      }
    }
    return new WordTerms(words, phrases);
  }

  /** The words of {@code text}, each character lower-cased alone (as case-blind patterns compare them). */
  static String[] words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        w.appendCodePoint(Character.toLowerCase(cp));
      } else if (!w.isEmpty()) {
        out.add(w.toString());
        w.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (!w.isEmpty()) {
      out.add(w.toString());
    }
    return out.toArray(String[]::new);
  }

  /** The words joined by single spaces, with a space before and after. */
  static String joined(String[] words) {
    StringBuilder sb = new StringBuilder(" ");
    for (String w : words) {
      if (!w.isEmpty()) {
        sb.append(w).append(' ');
      }
    }
    return sb.toString();
  }

  /** Whether a term occurs among {@code textWords}, whose {@link #joined} form is {@code joined}. */
  boolean foundIn(Set<String> textWords, String joined) {
    if (TriggerLexicon.intersects(words, textWords)) {
      return true;
    }
    for (String p : phrases) {
      if (joined.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
