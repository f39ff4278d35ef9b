package org.marsad.core.nlp;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which of a list of regular expressions match a word whole, by their ids (positions in the list),
 * remembered per word: the prefilters ({@link FineNerPrefilter}, {@link SuTimePrefilter}) ask it for
 * every token of every sentence, and words repeat. At most {@code remembered} words are kept; then
 * the memory starts again. Thread-safe.
 */
final class WordMatches {

  private final List<Pattern> expressions;
  private final int remembered;
  private final Map<String, BitSet> matching = new ConcurrentHashMap<>();

  WordMatches(List<Pattern> expressions, int remembered) {
    this.expressions = List.copyOf(expressions);
    this.remembered = remembered;
  }

  /** How many expressions there are (ids run from 0 to this, exclusive). */
  int size() {
    return expressions.size();
  }

  /** The ids of the expressions that match {@code word} whole. The caller must not change the set. */
  BitSet of(String word) {
    if (matching.size() > remembered) {
      matching.clear();
    }
    return matching.computeIfAbsent(word, this::compute);
  }

  private BitSet compute(String word) {
    BitSet ids = new BitSet(expressions.size());
    for (int i = 0; i < expressions.size(); i++) {
      if (expressions.get(i).matcher(word).matches()) {
        ids.set(i);
      }
    }
    return ids;
  }
}
