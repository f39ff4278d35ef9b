package org.marsad.core.hate;

import java.util.Objects;

/**
 * Settings of a {@link HateTrainer} run, with the committed model's in {@link #defaults()}.
 *
 * @param features what the classifier sees
 * @param l2 L2 penalty of the three-class regression (> 0)
 * @param islamL2 L2 penalty of the Islam-target regression (> 0)
 * @param maxIterations L-BFGS iterations at most, per regression
 * @param tolerance L-BFGS stops when an iteration lowers the objective by less than this fraction
 * @param mlp the perceptron over the dense features (embedding and lexicon) whose scores are added
 *     to the regression's, with a weight tuned on the validation split; {@code hiddenUnits} 0 leaves it out
 * @param seed seeds the perceptron's initial weights and the order of its examples; the regressions
 *     are deterministic (L-BFGS from zero on convex objectives)
 */
public record TrainConfig(FeatureConfig features, double l2, double islamL2, int maxIterations, double tolerance,
    Mlp mlp, long seed) {

  /**
   * Settings of the perceptron.
   *
   * @param hiddenUnits rectified linear units (0: no perceptron)
   * @param epochs passes over the train split
   * @param batchSize examples per Adam step
   * @param learningRate Adam's step size
   * @param weightDecay decoupled weight decay per step, times the learning rate
   * @param members networks trained with seeds {@code seed, seed + 1, ...} whose scores are averaged
   */
  public record Mlp(int hiddenUnits, int epochs, int batchSize, double learningRate, double weightDecay, int members) {
    public Mlp {
      if (members < 1 || members > 16) {
        throw new IllegalArgumentException("members must be in [1, 16]: members=" + members);
      }
      if (hiddenUnits < 0 || hiddenUnits > 4096 || epochs < 1 || batchSize < 1 || !(learningRate > 0)
          || !(weightDecay >= 0)) {
        throw new IllegalArgumentException("need hiddenUnits in [0, 4096], epochs >= 1, batchSize >= 1, learningRate > 0,"
            + " weightDecay >= 0: " + hiddenUnits + ", " + epochs + ", " + batchSize + ", " + learningRate + ", "
            + weightDecay);
      }
    }
  }

  public TrainConfig {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(mlp, "mlp");
    if (!(l2 > 0) || !(islamL2 > 0) || Double.isInfinite(l2) || Double.isInfinite(islamL2)) {
      throw new IllegalArgumentException("l2 and islamL2 must be finite and > 0: l2=" + l2 + ", islamL2=" + islamL2);
    }
    if (maxIterations < 1 || maxIterations > 100_000) {
      throw new IllegalArgumentException("maxIterations must be in [1, 100000]: maxIterations=" + maxIterations);
    }
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1): tolerance=" + tolerance);
    }
  }

  /** The settings of the committed model (chosen on the validation split). */
  public static TrainConfig defaults() {
    return new TrainConfig(FeatureConfig.defaults(), 1e-4, 1e-4, 400, 1e-7, new Mlp(256, 12, 64, 1e-3, 1e-2, 1), 20260101L);
  }

  public TrainConfig withFeatures(FeatureConfig f) {
    return new TrainConfig(f, l2, islamL2, maxIterations, tolerance, mlp, seed);
  }

  public TrainConfig withL2(double newL2, double newIslamL2) {
    return new TrainConfig(features, newL2, newIslamL2, maxIterations, tolerance, mlp, seed);
  }
}
