package org.marsad.core.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Figures of a classifier against gold labels: accuracy, per-class and macro-averaged F1, binary
 * F1, and the area under the ROC curve (rank form, ties counted half; one-vs-rest macro average for
 * several classes). Classes are integers in {@code [0, classes)}. Stateless, thread-safe.
 */
public final class ClassificationMetrics {

  private ClassificationMetrics() {}

  /** Fraction of items whose prediction equals the gold label. */
  public static double accuracy(int[] gold, int[] predicted) {
    sameLength(gold.length, predicted.length);
    int right = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] == predicted[i]) {
        right++;
      }
    }
    return gold.length == 0 ? 0 : right / (double) gold.length;
  }

  /** F1 of each class; a class never gold and never predicted scores 0. */
  public static double[] f1PerClass(int[] gold, int[] predicted, int classes) {
    sameLength(gold.length, predicted.length);
    int[] tp = new int[classes];
    int[] goldCount = new int[classes];
    int[] predCount = new int[classes];
    for (int i = 0; i < gold.length; i++) {
      check(gold[i], classes);
      check(predicted[i], classes);
      goldCount[gold[i]]++;
      predCount[predicted[i]]++;
      if (gold[i] == predicted[i]) {
        tp[gold[i]]++;
      }
    }
    double[] f1 = new double[classes];
    for (int k = 0; k < classes; k++) {
      f1[k] = f1(tp[k], predCount[k] - tp[k], goldCount[k] - tp[k]);
    }
    return f1;
  }

  /** Unweighted mean of the per-class F1. */
  public static double macroF1(int[] gold, int[] predicted, int classes) {
    return Arrays.stream(f1PerClass(gold, predicted, classes)).average().orElse(0);
  }

  /** F1 of the positive class of a binary decision; 0 when there is no true positive. */
  public static double binaryF1(boolean[] gold, boolean[] predicted) {
    sameLength(gold.length, predicted.length);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] && predicted[i]) {
        tp++;
      } else if (predicted[i]) {
        fp++;
      } else if (gold[i]) {
        fn++;
      }
    }
    return f1(tp, fp, fn);
  }

  /**
   * Area under the ROC curve of {@code score} for telling positives from negatives: the chance that
   * a random positive scores above a random negative, ties counting half. NaN without both kinds.
   */
  public static double auroc(boolean[] positive, double[] score) {
    sameLength(positive.length, score.length);
    Integer[] order = new Integer[score.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
    double rankSumPositive = 0;
    long positives = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          rankSumPositive += midRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = positive.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSumPositive - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
  }

  /** Mean over classes of the one-vs-rest AUROC of {@code probabilities[i][k]}. */
  public static double macroAuroc(int[] gold, double[][] probabilities, int classes) {
    sameLength(gold.length, probabilities.length);
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      boolean[] positive = new boolean[gold.length];
      double[] score = new double[gold.length];
      for (int i = 0; i < gold.length; i++) {
        check(gold[i], classes);
        positive[i] = gold[i] == k;
        score[i] = probabilities[i][k];
      }
      sum += auroc(positive, score);
    }
    return sum / classes;
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  private static void sameLength(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("gold and predictions differ in length: " + a + " vs " + b);
    }
  }

  private static void check(int label, int classes) {
    if (label < 0 || label >= classes) {
      throw new IllegalArgumentException("label outside [0, " + classes + "): " + label);
    }
  }
}
