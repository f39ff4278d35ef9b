package org.marsad.core.hate;

import java.util.Objects;

/**
 * A trained two-layer perceptron over a dense input: one hidden layer of rectified linear units,
 * then one score per class. Immutable, thread-safe.
 */
final class DenseMlp {

  private final float[][] hidden;
  private final float[] hiddenBias;
  private final float[][] out;
  private final float[] outBias;

  /** Takes ownership of the arrays: {@code hidden[h]} is unit h's input weights, {@code out[k]} class k's. */
  DenseMlp(float[][] hidden, float[] hiddenBias, float[][] out, float[] outBias) {
    this.hidden = Objects.requireNonNull(hidden, "hidden");
    this.hiddenBias = Objects.requireNonNull(hiddenBias, "hiddenBias");
    this.out = Objects.requireNonNull(out, "out");
    this.outBias = Objects.requireNonNull(outBias, "outBias");
    if (hidden.length == 0 || hiddenBias.length != hidden.length || out.length < 2 || outBias.length != out.length) {
      throw new IllegalArgumentException("inconsistent shapes: hidden=" + hidden.length + ", hiddenBias="
          + hiddenBias.length + ", classes=" + out.length + ", outBias=" + outBias.length);
    }
    for (float[] o : out) {
      if (o.length != hidden.length) {
        throw new IllegalArgumentException("output weights must have one per hidden unit: " + o.length + " vs " + hidden.length);
      }
    }
  }

  int inputs() {
    return hidden[0].length;
  }

  int hiddenUnits() {
    return hidden.length;
  }

  int classes() {
    return out.length;
  }

  float[][] hidden() {
    return hidden;
  }

  float[] hiddenBias() {
    return hiddenBias;
  }

  float[][] out() {
    return out;
  }

  float[] outBias() {
    return outBias;
  }

  /** The class scores of input {@code x}. */
  double[] scores(float[] x) {
    if (x.length != inputs()) {
      throw new IllegalArgumentException("input has " + x.length + " values, the network takes " + inputs());
    }
    double[] a = new double[hidden.length];
    for (int h = 0; h < hidden.length; h++) {
      double s = hiddenBias[h];
      float[] w = hidden[h];
      for (int j = 0; j < x.length; j++) {
        s += w[j] * x[j];
      }
      a[h] = Math.max(0, s);
    }
    double[] z = new double[out.length];
    for (int k = 0; k < out.length; k++) {
      double s = outBias[k];
      for (int h = 0; h < a.length; h++) {
        s += out[k][h] * a[h];
      }
      z[k] = s;
    }
    return z;
  }
}
