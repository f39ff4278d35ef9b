package org.marsad.core.hate;

import java.util.Objects;

/**
 * The trained post classifier's parameters: the feature settings, the three-class regression
 * (hate speech, offensive, normal), the Islam-target regression, the class offsets and the Islam
 * threshold tuned on the validation split, and the provenance of the training run (JSON text).
 * Immutable, thread-safe; {@link #decide} needs the post's features.
 *
 * @param id the model's name and format, e.g. {@code hate-en-1}
 * @param features the feature settings the regressions were trained on
 * @param classes three classes in {@link HateLabel} order
 * @param islam two classes: index 1 is "targets Islam or Muslims"
 * @param mlp a perceptron over the dense part of the features (lexicon and embedding), or null
 * @param mlpWeight weight of the perceptron's scores added to the regression's (0 without one)
 * @param offsets added to the three class scores before the softmax (length 3)
 * @param islamThreshold islam probability from which a non-normal post counts as targeting Islam
 * @param provenance JSON object: data, split, seed, features, hyper-parameters, validation figures
 */
record HateModel(String id, FeatureConfig features, SoftmaxRegression classes, SoftmaxRegression islam,
    DenseMlp mlp, double mlpWeight, double[] offsets, double islamThreshold, String provenance) {

  HateModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(provenance, "provenance");
    if (classes.classes() != HateLabel.values().length || islam.classes() != 2) {
      throw new IllegalArgumentException("need a 3-class and a 2-class regression: " + classes.classes() + ", "
          + islam.classes());
    }
    if (classes.dimension() != islam.dimension()) {
      throw new IllegalArgumentException("regressions differ in dimension: " + classes.dimension() + " vs "
          + islam.dimension());
    }
    if (offsets.length != 3) {
      throw new IllegalArgumentException("need 3 offsets: " + offsets.length);
    }
    if (!(islamThreshold >= 0 && islamThreshold <= 1)) {
      throw new IllegalArgumentException("islamThreshold must be in [0, 1]: " + islamThreshold);
    }
    if (mlp != null && (mlp.classes() != 3 || mlp.inputs() != classes.dimension() - (1 << features.hashBits()))) {
      throw new IllegalArgumentException("the perceptron must take the " + (classes.dimension() - (1 << features.hashBits()))
          + " dense features and give 3 scores: inputs=" + mlp.inputs() + ", classes=" + mlp.classes());
    }
    if (!(mlpWeight >= 0) || mlp == null && mlpWeight != 0) {
      throw new IllegalArgumentException("mlpWeight must be >= 0, and 0 without a perceptron: " + mlpWeight);
    }
    offsets = offsets.clone();
  }

  /** The class scores of a row: regression, plus the weighted perceptron, plus the offsets. */
  double[] scores(FeatureRow row) {
    double[] z = classes.scores(row);
    if (mlp != null && mlpWeight > 0) {
      double[] m = mlp.scores(dense(row, 1 << features.hashBits(), mlp.inputs()));
      for (int k = 0; k < z.length; k++) {
        z[k] += mlpWeight * m[k];
      }
    }
    for (int k = 0; k < z.length; k++) {
      z[k] += offsets[k];
    }
    return z;
  }

  /** The dense tail of a row (indices from {@code start}) as an array of {@code size} values. */
  static float[] dense(FeatureRow row, int start, int size) {
    float[] x = new float[size];
    int[] idx = row.indices();
    for (int i = 0; i < idx.length; i++) {
      if (idx[i] >= start) {
        x[idx[i] - start] = row.values()[i];
      }
    }
    return x;
  }

  @Override
  public double[] offsets() {
    return offsets.clone();
  }

  /** The verdict on a post with these features; {@code model} names the model in the verdict. */
  Verdict decide(FeatureRow row, String model) {
    double[] p = SoftmaxRegression.softmax(scores(row));
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    HateLabel label = HateLabel.values()[best];
    double islamScore = islam.probabilities(row)[1];
    boolean targetsIslam = label != HateLabel.NORMAL && islamScore >= islamThreshold;
    return new Verdict(label, p[0], p[1], p[2], islamScore, targetsIslam, model);
  }
}
