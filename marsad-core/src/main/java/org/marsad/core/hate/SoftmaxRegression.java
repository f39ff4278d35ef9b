package org.marsad.core.hate;

import java.util.Objects;

/**
 * A trained multinomial logistic regression: per class a weight vector and a bias; the probability
 * of each class is the softmax of the scores. With two classes it is ordinary logistic regression.
 * Immutable, thread-safe.
 */
final class SoftmaxRegression {

  private final float[][] weights;
  private final float[] bias;

  /** Takes ownership of the arrays: {@code weights[k]} is class k's weight vector. */
  SoftmaxRegression(float[][] weights, float[] bias) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(bias, "bias");
    if (weights.length < 2 || weights.length != bias.length) {
      throw new IllegalArgumentException("need at least 2 classes and one bias per class: classes=" + weights.length
          + ", biases=" + bias.length);
    }
    for (float[] w : weights) {
      if (w.length != weights[0].length) {
        throw new IllegalArgumentException("weight vectors differ in length: " + w.length + " vs " + weights[0].length);
      }
    }
    this.weights = weights;
    this.bias = bias;
  }

  int classes() {
    return weights.length;
  }

  int dimension() {
    return weights[0].length;
  }

  float[][] weights() {
    return weights;
  }

  float[] bias() {
    return bias;
  }

  /** The class scores (logits) of a row. */
  double[] scores(FeatureRow row) {
    double[] z = new double[weights.length];
    int[] idx = row.indices();
    float[] val = row.values();
    for (int k = 0; k < weights.length; k++) {
      double s = bias[k];
      float[] w = weights[k];
      for (int i = 0; i < idx.length; i++) {
        s += w[idx[i]] * val[i];
      }
      z[k] = s;
    }
    return z;
  }

  /** The class probabilities of a row, summing to 1. */
  double[] probabilities(FeatureRow row) {
    return softmax(scores(row));
  }

  /** Softmax of scores, computed stably. */
  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
    }
    return p;
  }
}
