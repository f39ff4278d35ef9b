package org.marsad.core.hate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxTrainerTest {

  /** Three clusters around (3,0), (0,3) and (-3,-3), in feature indices 0 and 1; index 2 is noise. */
  private static List<FeatureRow> clusters(int[] labels, long seed) {
    double[][] centres = {{3, 0}, {0, 3}, {-3, -3}};
    Random random = new Random(seed);
    List<FeatureRow> rows = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 3;
      double[] c = centres[labels[i]];
      rows.add(new FeatureRow(new int[] {0, 1, 2}, new float[] {(float) (c[0] + random.nextGaussian() * 0.5),
          (float) (c[1] + random.nextGaussian() * 0.5), (float) random.nextGaussian()}));
    }
    return rows;
  }

  @Test
  void fit_separableThreeClassToySet_classifiesEveryPointConfidently() {
    int[] labels = new int[90];
    List<FeatureRow> rows = clusters(labels, 7);
    SoftmaxTrainer.Fit fit = new SoftmaxTrainer(1e-3, 500, 1e-10).fit(rows, labels, 3, 3);
    for (int i = 0; i < rows.size(); i++) {
      double[] p = fit.model().probabilities(rows.get(i));
      assertThat(p[labels[i]]).as("row %d", i).isGreaterThan(0.9);
    }
    assertThat(fit.converged()).isTrue();
  }

  @Test
  void fit_separableBinaryToySet_isLogisticRegression() {
    List<FeatureRow> rows = new ArrayList<>();
    int[] labels = new int[40];
    for (int i = 0; i < 40; i++) {
      labels[i] = i < 20 ? 0 : 1;
      float x = (labels[i] == 0 ? -1 : 1) * (1 + i % 20 / 10f);
      rows.add(new FeatureRow(new int[] {0}, new float[] {x}));
    }
    SoftmaxRegression m = new SoftmaxTrainer(1e-2, 500, 1e-10).fit(rows, labels, 2, 1).model();
    assertThat(m.probabilities(new FeatureRow(new int[] {0}, new float[] {2}))[1]).isGreaterThan(0.9);
    assertThat(m.probabilities(new FeatureRow(new int[] {0}, new float[] {-2}))[1]).isLessThan(0.1);
    assertThat(m.probabilities(new FeatureRow(new int[] {0}, new float[] {0}))[1]).isCloseTo(0.5, offset(0.05));
  }

  @Test
  void fit_sameDataTwice_sameWeights() {
    int[] labels = new int[60];
    List<FeatureRow> rows = clusters(labels, 11);
    SoftmaxRegression a = new SoftmaxTrainer(1e-3, 200, 1e-10).fit(rows, labels, 3, 3).model();
    SoftmaxRegression b = new SoftmaxTrainer(1e-3, 200, 1e-10).fit(rows, labels, 3, 3).model();
    assertThat(a.weights()).isDeepEqualTo(b.weights());
    assertThat(a.bias()).containsExactly(b.bias());
  }

  @Test
  void fit_labelOutOfRange_failsWithRowAndLabel() {
    List<FeatureRow> rows = List.of(new FeatureRow(new int[] {0}, new float[] {1}));
    assertThatThrownBy(() -> new SoftmaxTrainer(1e-3, 10, 1e-6).fit(rows, new int[] {4}, 3, 1))
        .hasMessageContaining("row 0").hasMessageContaining("4");
  }

  @Test
  void mlpFitEnsemble_threeSeeds_scoresAreMeanOfMembers() {
    int[] labels = new int[60];
    List<FeatureRow> rows = clusters(labels, 3);
    float[][] x = rows.stream().map(r -> HateModel.dense(r, 0, 3)).toArray(float[][]::new);
    DenseMlp joined = new MlpTrainer(8, 5, 16, 1e-2, 0, 42).fitEnsemble(x, labels, 3, 3);
    DenseMlp[] members = {new MlpTrainer(8, 5, 16, 1e-2, 0, 42).fit(x, labels, 3),
        new MlpTrainer(8, 5, 16, 1e-2, 0, 43).fit(x, labels, 3), new MlpTrainer(8, 5, 16, 1e-2, 0, 44).fit(x, labels, 3)};
    assertThat(joined.hiddenUnits()).isEqualTo(24);
    for (float[] xi : x) {
      double[] z = joined.scores(xi);
      for (int k = 0; k < 3; k++) {
        double mean = (members[0].scores(xi)[k] + members[1].scores(xi)[k] + members[2].scores(xi)[k]) / 3;
        assertThat(z[k]).isCloseTo(mean, offset(1e-4));
      }
    }
  }

  @Test
  void mlpFit_separableToySet_learnsItAndRepeatsWithSameSeed() {
    int[] labels = new int[90];
    List<FeatureRow> rows = clusters(labels, 5);
    float[][] x = rows.stream().map(r -> HateModel.dense(r, 0, 3)).toArray(float[][]::new);
    DenseMlp a = new MlpTrainer(16, 30, 16, 1e-2, 1e-3, 7).fit(x, labels, 3);
    DenseMlp b = new MlpTrainer(16, 30, 16, 1e-2, 1e-3, 7).fit(x, labels, 3);
    for (int i = 0; i < x.length; i++) {
      assertThat(DecisionTuner.argmax(a.scores(x[i]), new double[3])).isEqualTo(labels[i]);
      assertThat(a.scores(x[i])).containsExactly(b.scores(x[i]));
    }
  }

  @Test
  void lbfgs_quadratic_findsMinimum() {
    Lbfgs.Result r = new Lbfgs(5, 100, 1e-14).minimize((x, g) -> {
      g[0] = 2 * (x[0] - 3);
      g[1] = 4 * (x[1] + 1);
      return (x[0] - 3) * (x[0] - 3) + 2 * (x[1] + 1) * (x[1] + 1) + 5;
    }, new double[] {0, 0});
    assertThat(r.x()).containsExactly(new double[] {3, -1}, offset(1e-5));
    assertThat(r.value()).isCloseTo(5, offset(1e-9));
  }
}
