package org.marsad.core.hate;

import java.util.List;
import org.marsad.core.eval.ClassificationMetrics;

/**
 * How a classifier's verdicts compare with gold posts: three-class accuracy, macro-F1 and one-vs-rest
 * macro AUROC, per-class F1, and the F1 of "hateful or offensive towards Islam or Muslims"
 * ({@link LabelledPost#targetsIslam()}) over all posts.
 *
 * @param posts how many posts were scored
 * @param accuracy fraction of posts with the gold class
 * @param macroF1 mean F1 over hate speech, offensive, normal
 * @param auroc mean one-vs-rest AUROC of the class probabilities
 * @param f1 per-class F1 in {@link HateLabel} order
 * @param islamF1 F1 of the Islam-target decision
 * @param islamPositives gold posts that target Islam or Muslims
 * @param islamAuroc AUROC for those posts of the Islam score times the toxicity (1 minus normal)
 */
public record HateScores(int posts, double accuracy, double macroF1, double auroc, List<Double> f1,
    double islamF1, int islamPositives, double islamAuroc) {

  public HateScores {
    f1 = List.copyOf(f1);
  }

  /** Scores {@code verdicts[i]} against {@code gold[i]}. */
  public static HateScores of(List<LabelledPost> gold, List<Verdict> verdicts) {
    if (gold.size() != verdicts.size()) {
      throw new IllegalArgumentException("need one verdict per post: posts=" + gold.size() + ", verdicts=" + verdicts.size());
    }
    int n = gold.size();
    int[] g = new int[n];
    int[] p = new int[n];
    double[][] probs = new double[n][];
    boolean[] islamGold = new boolean[n];
    boolean[] islamPred = new boolean[n];
    double[] islamScore = new double[n];
    int positives = 0;
    for (int i = 0; i < n; i++) {
      Verdict v = verdicts.get(i);
      g[i] = gold.get(i).label().ordinal();
      p[i] = v.label().ordinal();
      probs[i] = new double[] {v.hate(), v.offensive(), v.normal()};
      islamGold[i] = gold.get(i).targetsIslam();
      islamPred[i] = v.targetsIslam();
      islamScore[i] = v.islamScore() * v.toxicity();
      positives += islamGold[i] ? 1 : 0;
    }
    double[] f1 = ClassificationMetrics.f1PerClass(g, p, 3);
    return new HateScores(n, ClassificationMetrics.accuracy(g, p), ClassificationMetrics.macroF1(g, p, 3),
        ClassificationMetrics.macroAuroc(g, probs, 3), List.of(f1[0], f1[1], f1[2]),
        ClassificationMetrics.binaryF1(islamGold, islamPred), positives, ClassificationMetrics.auroc(islamGold, islamScore));
  }
}
