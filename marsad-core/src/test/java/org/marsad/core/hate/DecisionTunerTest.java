package org.marsad.core.hate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionTunerTest {

  @Test
  void offsets_hateScoresTooLow_raisesHate() {
    // every hate post scores hate 0.3 below normal; an offset above 0.3 recovers them
    double[][] z = {{0.7, 0, 1}, {0.7, 0, 1}, {0, 0, 1}, {0, 1, 0}};
    int[] gold = {0, 0, 2, 1};
    double[] o = DecisionTuner.offsets(z, gold);
    assertThat(o[0]).isGreaterThan(0.3).isLessThan(1.0 + 1e-9);
    assertThat(o[2]).isZero();
    for (int i = 0; i < z.length; i++) {
      assertThat(DecisionTuner.argmax(z[i], o)).isEqualTo(gold[i]);
    }
  }

  @Test
  void offsets_alreadyRight_staysAtZero() {
    double[][] z = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    assertThat(DecisionTuner.offsets(z, new int[] {0, 1, 2})).containsExactly(0, 0, 0);
  }

  @Test
  void islamThreshold_separableScores_splitsThem() {
    double[] score = {0.9, 0.8, 0.3, 0.2};
    boolean[] toxic = {true, true, true, false};
    boolean[] gold = {true, true, false, false};
    double t = DecisionTuner.islamThreshold(score, toxic, gold);
    assertThat(t).isGreaterThan(0.3).isLessThanOrEqualTo(0.8);
  }
}
