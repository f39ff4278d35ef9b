package org.marsad.core.hate;

import org.marsad.core.eval.ClassificationMetrics;

/**
 * Tunes the two decisions a trained model makes on top of its probabilities, on held-out posts:
 * offsets added to the hate-speech and offensive scores (normal stays 0) that maximise macro-F1,
 * from a grid of step {@value #STEP} in [-1, 1]; and the Islam threshold that maximises the F1 of
 * the Islam-target decision, from a grid of step 0.01 in [0.05, 0.95]. Ties go to the value nearest
 * 0 (offsets) or 0.5 (threshold). Stateless.
 */
final class DecisionTuner {

  static final double STEP = 0.05;

  private DecisionTuner() {}

  /** Weights tried for the perceptron's scores in {@link #fusion}. */
  static final double[] MLP_WEIGHTS = {0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2};

  /** A perceptron weight and the offsets that go with it, and the macro-F1 they reach. */
  record Fusion(double mlpWeight, double[] offsets, double macroF1) {}

  /**
   * The perceptron weight (from {@link #MLP_WEIGHTS}) and offsets that maximise macro-F1 of {@code
   * linear[i] + weight * mlp[i]}; ties go to the smaller weight. {@code mlp} null means weight 0.
   */
  static Fusion fusion(double[][] linear, double[][] mlp, int[] gold) {
    Fusion best = null;
    for (double w : mlp == null ? new double[] {0} : MLP_WEIGHTS) {
      double[][] z = new double[linear.length][3];
      for (int i = 0; i < z.length; i++) {
        for (int k = 0; k < 3; k++) {
          z[i][k] = linear[i][k] + (mlp == null ? 0 : w * mlp[i][k]);
        }
      }
      double[] o = offsets(z, gold);
      int[] predicted = new int[gold.length];
      for (int i = 0; i < z.length; i++) {
        predicted[i] = argmax(z[i], o);
      }
      double f1 = ClassificationMetrics.macroF1(gold, predicted, 3);
      if (best == null || f1 > best.macroF1() + 1e-12) {
        best = new Fusion(w, o, f1);
      }
    }
    return best;
  }

  /** Best offsets for class scores {@code z[i]} (3 per post) against {@code gold[i]}. */
  static double[] offsets(double[][] z, int[] gold) {
    double best = -1;
    double[] bestOffsets = {0, 0, 0};
    int steps = (int) Math.round(1 / STEP);
    int[] predicted = new int[gold.length];
    for (int a = -steps; a <= steps; a++) {
      for (int b = -steps; b <= steps; b++) {
        double[] o = {a * STEP, b * STEP, 0};
        for (int i = 0; i < z.length; i++) {
          predicted[i] = argmax(z[i], o);
        }
        double f1 = ClassificationMetrics.macroF1(gold, predicted, 3);
        double size = Math.abs(o[0]) + Math.abs(o[1]);
        double bestSize = Math.abs(bestOffsets[0]) + Math.abs(bestOffsets[1]);
        if (f1 > best + 1e-12 || Math.abs(f1 - best) <= 1e-12 && size < bestSize) {
          best = f1;
          bestOffsets = o;
        }
      }
    }
    return bestOffsets;
  }

  /**
   * Best threshold on {@code islamScore[i]} for posts predicted non-normal ({@code toxic[i]}) against
   * {@code gold[i]}.
   */
  static double islamThreshold(double[] islamScore, boolean[] toxic, boolean[] gold) {
    double best = -1;
    double bestT = 0.5;
    boolean[] predicted = new boolean[gold.length];
    for (int t = 5; t <= 95; t++) {
      double threshold = t / 100.0;
      for (int i = 0; i < gold.length; i++) {
        predicted[i] = toxic[i] && islamScore[i] >= threshold;
      }
      double f1 = ClassificationMetrics.binaryF1(gold, predicted);
      if (f1 > best + 1e-12 || Math.abs(f1 - best) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(bestT - 0.5)) {
        best = f1;
        bestT = threshold;
      }
    }
    return bestT;
  }

  static int argmax(double[] z, double[] offsets) {
    int best = 0;
    for (int k = 1; k < z.length; k++) {
      if (z[k] + offsets[k] > z[best] + offsets[best]) {
        best = k;
      }
    }
    return best;
  }
}
