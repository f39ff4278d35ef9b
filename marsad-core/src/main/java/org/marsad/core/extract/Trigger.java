package org.marsad.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One trigger of a type: a lemma or lemma sequence, optionally restricted to a part of speech, with
 * an optional vocabulary its arguments must mention ({@code >vocab}) and one its agent must match
 * ({@code @vocab}) and one its syntactic head must be in ({@code ^vocab}). Written in cue files as {@code v:set fire}, {@code ruling@court},
 * {@code v:impose>emergency_measure}.
 */
record Trigger(List<String> lemmas, Pos pos, String themeVocabulary, String agentVocabulary, String headVocabulary) {

  /** Which part of speech the first word must have. */
  enum Pos {
    ANY,
    NOUN,
    VERB
  }

  Trigger {
    lemmas = List.copyOf(lemmas);
    Objects.requireNonNull(pos, "pos");
    if (lemmas.isEmpty()) {
      throw new IllegalArgumentException("a trigger needs at least one word");
    }
  }

  static Trigger parse(String spec) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    Pos pos = Pos.ANY;
    if (s.startsWith("n:")) {
      pos = Pos.NOUN;
      s = s.substring(2);
    } else if (s.startsWith("v:")) {
      pos = Pos.VERB;
      s = s.substring(2);
    }
    String agent = null;
    String theme = null;
    String headVocab = null;
    int caret = s.indexOf('^');
    if (caret >= 0) {
      headVocab = s.substring(caret + 1).trim();
      s = s.substring(0, caret);
    }
    int at = s.indexOf('@');
    if (at >= 0) {
      agent = s.substring(at + 1).trim();
      s = s.substring(0, at);
    }
    int gt = s.indexOf('>');
    if (gt >= 0) {
      theme = s.substring(gt + 1).trim();
      s = s.substring(0, gt);
    }
    List<String> words = List.of(s.trim().split("\\s+"));
    if (words.getFirst().isEmpty()) {
      throw new IllegalArgumentException("empty trigger: \"" + spec + "\"");
    }
    return new Trigger(words, pos, theme, agent, headVocab);
  }
}
