package org.marsad.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.core.time.TimexAnnotation;

/**
 * Scores system timexes against gold timexes of one document the way TempEval-3's
 * {@code evaluation-entities} does, on character offsets instead of its tokens: each gold timex
 * is aligned with at most one system timex that overlaps it (the one overlapping most, the
 * earliest on a tie), gold timexes taken in text order; a pair is a strict match when the extents
 * are identical. Stateless and thread-safe.
 */
public final class TimexScorer {

  private TimexScorer() {}

  /** Gold and system timexes of one document, aligned, in text order. */
  public static List<TimexPair> align(List<TimexAnnotation> gold, List<TimexAnnotation> system) {
    Comparator<TimexAnnotation> byStart = Comparator.comparing(TimexAnnotation::span);
    List<TimexAnnotation> goldSorted = gold.stream().sorted(byStart).toList();
    List<TimexAnnotation> left = new ArrayList<>(system.stream().sorted(byStart).toList());
    List<TimexPair> pairs = new ArrayList<>();
    for (TimexAnnotation g : goldSorted) {
      TimexAnnotation best = null;
      int bestOverlap = 0;
      for (TimexAnnotation s : left) {
        int overlap = Math.min(g.span().end(), s.span().end()) - Math.max(g.span().start(), s.span().start());
        if (overlap > bestOverlap) {
          best = s;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        left.remove(best);
      }
      pairs.add(new TimexPair(g, best));
    }
    left.forEach(s -> pairs.add(new TimexPair(null, s)));
    pairs.sort(Comparator.comparing(p -> p.gold() != null ? p.gold().span() : p.system().span()));
    return List.copyOf(pairs);
  }

  /** The counts of aligned pairs. */
  public static TimexScore score(List<TimexPair> pairs) {
    int gold = 0;
    int system = 0;
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (TimexPair p : pairs) {
      gold += p.gold() != null ? 1 : 0;
      system += p.system() != null ? 1 : 0;
      strict += p.strict() ? 1 : 0;
      relaxed += p.matched() ? 1 : 0;
      value += p.sameValue() ? 1 : 0;
      type += p.sameType() ? 1 : 0;
    }
    return new TimexScore(gold, system, strict, relaxed, value, type);
  }

  /** Aligns and counts one document. */
  public static TimexScore score(List<TimexAnnotation> gold, List<TimexAnnotation> system) {
    return score(align(gold, system));
  }
}
