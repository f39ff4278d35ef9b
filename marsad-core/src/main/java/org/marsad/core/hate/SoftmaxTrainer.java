package org.marsad.core.hate;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Fits a {@link SoftmaxRegression} by minimising the mean cross-entropy plus {@code l2 / 2} times
 * the squared weights (biases unpenalised) with {@link Lbfgs}. The problem is convex and the start
 * is zero, so the result depends only on the data and the settings. Rows are split into a fixed
 * number of chunks whose gradients are added in order, so running them in parallel does not change
 * the result. Stateless apart from its settings; thread-safe.
 */
final class SoftmaxTrainer {

  private static final int CHUNKS = 8;

  private final double l2;
  private final int maxIterations;
  private final double tolerance;

  /**
   * @param l2 strength of the L2 penalty (> 0)
   * @param maxIterations L-BFGS iterations at most
   * @param tolerance stop when an iteration lowers the objective by less than this fraction
   */
  SoftmaxTrainer(double l2, int maxIterations, double tolerance) {
    if (!(l2 > 0) || maxIterations < 1 || !(tolerance > 0)) {
      throw new IllegalArgumentException("need l2 > 0, maxIterations >= 1, tolerance > 0: l2=" + l2
          + ", maxIterations=" + maxIterations + ", tolerance=" + tolerance);
    }
    this.l2 = l2;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /** The fitted model and how the optimisation went. */
  record Fit(SoftmaxRegression model, int iterations, boolean converged, double objective) {}

  /**
   * Fits {@code classes} classes over features of {@code dimension} indices; {@code labels[i]} is
   * the class of {@code rows.get(i)}, in {@code [0, classes)}.
   */
  Fit fit(List<FeatureRow> rows, int[] labels, int classes, int dimension) {
    if (rows.size() != labels.length || rows.isEmpty()) {
      throw new IllegalArgumentException("need one label per row and at least one row: rows=" + rows.size()
          + ", labels=" + labels.length);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException("label of row " + i + " is outside [0, " + classes + "): " + labels[i]);
      }
    }
    int weightCount = classes * dimension;
    Lbfgs.Objective objective = (x, grad) -> evaluate(x, grad, rows, labels, classes, dimension);
    Lbfgs.Result r = new Lbfgs(10, maxIterations, tolerance).minimize(objective, new double[weightCount + classes]);
    float[][] w = new float[classes][dimension];
    float[] b = new float[classes];
    for (int k = 0; k < classes; k++) {
      for (int j = 0; j < dimension; j++) {
        w[k][j] = (float) r.x()[k * dimension + j];
      }
      b[k] = (float) r.x()[weightCount + k];
    }
    return new Fit(new SoftmaxRegression(w, b), r.iterations(), r.converged(), r.value());
  }

  private double evaluate(double[] x, double[] grad, List<FeatureRow> rows, int[] labels, int classes, int dimension) {
    int n = rows.size();
    int weightCount = classes * dimension;
    double[][] partGrad = new double[CHUNKS][];
    double[] partLoss = new double[CHUNKS];
    IntStream.range(0, CHUNKS).parallel().forEach(c -> {
      double[] g = new double[x.length];
      double loss = 0;
      double[] z = new double[classes];
      for (int i = c * n / CHUNKS; i < (c + 1) * n / CHUNKS; i++) {
        FeatureRow row = rows.get(i);
        int[] idx = row.indices();
        float[] val = row.values();
        for (int k = 0; k < classes; k++) {
          double s = x[weightCount + k];
          int off = k * dimension;
          for (int t = 0; t < idx.length; t++) {
            s += x[off + idx[t]] * val[t];
          }
          z[k] = s;
        }
        double[] p = SoftmaxRegression.softmax(z);
        loss -= Math.log(Math.max(p[labels[i]], 1e-300));
        for (int k = 0; k < classes; k++) {
          double err = p[k] - (k == labels[i] ? 1 : 0);
          int off = k * dimension;
          for (int t = 0; t < idx.length; t++) {
            g[off + idx[t]] += err * val[t];
          }
          g[weightCount + k] += err;
        }
      }
      partGrad[c] = g;
      partLoss[c] = loss;
    });
    double loss = 0;
    java.util.Arrays.fill(grad, 0);
    for (int c = 0; c < CHUNKS; c++) {
      loss += partLoss[c];
      double[] g = partGrad[c];
      for (int j = 0; j < grad.length; j++) {
        grad[j] += g[j];
      }
    }
    double penalty = 0;
    for (int j = 0; j < grad.length; j++) {
      grad[j] /= n;
      if (j < weightCount) {
        grad[j] += l2 * x[j];
        penalty += x[j] * x[j];
      }
    }
    return loss / n + 0.5 * l2 * penalty;
  }
}
