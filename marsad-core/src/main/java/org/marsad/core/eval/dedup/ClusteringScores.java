package org.marsad.core.eval.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of a clustering with gold groups: V-measure (Rosenberg and Hirschberg 2007, the harmonic
 * mean of homogeneity and completeness), the adjusted Rand index (Hubert and Arabie 1985) and B³
 * precision, recall and F1 over items (Bagga and Baldwin 1998).
 *
 * @param items items scored
 * @param homogeneity each cluster holds one gold group
 * @param completeness each gold group is in one cluster
 * @param vMeasure harmonic mean of the two
 * @param ari adjusted Rand index
 * @param b3Precision B³ precision
 * @param b3Recall B³ recall
 * @param b3F1 B³ F1
 * @param clusters clusters predicted
 * @param goldClusters gold groups
 */
public record ClusteringScores(int items, double homogeneity, double completeness, double vMeasure, double ari,
    double b3Precision, double b3Recall, double b3F1, int clusters, int goldClusters) {

  /** Scores {@code predicted} against {@code gold}, the labels of the same items in the same order. */
  public static <P, G> ClusteringScores of(List<P> predicted, List<G> gold) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    if (predicted.size() != gold.size() || gold.isEmpty()) {
      throw new IllegalArgumentException("need as many predicted as gold labels, at least one: predicted="
          + predicted.size() + ", gold=" + gold.size());
    }
    int n = gold.size();
    Map<P, Integer> a = new HashMap<>();
    Map<G, Integer> b = new HashMap<>();
    Map<List<Object>, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      a.merge(predicted.get(i), 1, Integer::sum);
      b.merge(gold.get(i), 1, Integer::sum);
      both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
    }
    double hC = entropy(b.values(), n);
    double hK = entropy(a.values(), n);
    double hCgivenK = 0;
    double hKgivenC = 0;
    double pairsBoth = 0;
    for (var e : both.entrySet()) {
      double v = e.getValue();
      hCgivenK -= v / n * Math.log(v / a.get(e.getKey().get(0)));
      hKgivenC -= v / n * Math.log(v / b.get(e.getKey().get(1)));
      pairsBoth += v * (v - 1) / 2;
    }
    double homogeneity = hC == 0 ? 1 : 1 - hCgivenK / hC;
    double completeness = hK == 0 ? 1 : 1 - hKgivenC / hK;
    double v = homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness);
    double pairsA = a.values().stream().mapToDouble(x -> x * (x - 1.0) / 2).sum();
    double pairsB = b.values().stream().mapToDouble(x -> x * (x - 1.0) / 2).sum();
    double all = n * (n - 1.0) / 2;
    double expected = all == 0 ? 0 : pairsA * pairsB / all;
    double max = (pairsA + pairsB) / 2;
    double ari = max == expected ? 1 : (pairsBoth - expected) / (max - expected);
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      double common = both.get(List.of(predicted.get(i), gold.get(i)));
      p += common / a.get(predicted.get(i));
      r += common / b.get(gold.get(i));
    }
    p /= n;
    r /= n;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new ClusteringScores(n, homogeneity, completeness, v, ari, p, r, f1, a.size(), b.size());
  }

  private static double entropy(java.util.Collection<Integer> counts, int n) {
    double h = 0;
    for (int c : counts) {
      h -= c / (double) n * Math.log(c / (double) n);
    }
    return h;
  }
}
