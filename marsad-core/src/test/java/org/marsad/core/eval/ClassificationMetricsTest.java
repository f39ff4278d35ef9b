package org.marsad.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

  // gold 0 0 1 1 2 2, predicted 0 1 1 1 2 0:
  // class 0: tp 1, predicted 2, gold 2 -> P 1/2, R 1/2, F1 1/2
  // class 1: tp 2, predicted 3, gold 2 -> P 2/3, R 1, F1 4/5
  // class 2: tp 1, predicted 1, gold 2 -> P 1, R 1/2, F1 2/3
  private static final int[] GOLD = {0, 0, 1, 1, 2, 2};
  private static final int[] PREDICTED = {0, 1, 1, 1, 2, 0};

  @Test
  void f1PerClass_tinyThreeClassCase_matchesHandComputation() {
    assertThat(ClassificationMetrics.f1PerClass(GOLD, PREDICTED, 3))
        .containsExactly(new double[] {0.5, 0.8, 2.0 / 3}, offset(1e-12));
  }

  @Test
  void macroF1_tinyThreeClassCase_isMeanOfClassF1() {
    assertThat(ClassificationMetrics.macroF1(GOLD, PREDICTED, 3)).isCloseTo((0.5 + 0.8 + 2.0 / 3) / 3, offset(1e-12));
    assertThat(ClassificationMetrics.macroF1(GOLD, PREDICTED, 3)).isCloseTo(0.655556, offset(1e-6));
  }

  @Test
  void accuracy_tinyThreeClassCase_isFourOfSix() {
    assertThat(ClassificationMetrics.accuracy(GOLD, PREDICTED)).isCloseTo(4 / 6.0, offset(1e-12));
  }

  @Test
  void f1PerClass_classNeverSeen_scoresZero() {
    assertThat(ClassificationMetrics.f1PerClass(new int[] {0, 0}, new int[] {0, 0}, 3))
        .containsExactly(new double[] {1, 0, 0}, offset(1e-12));
  }

  @Test
  void binaryF1_twoHitsOneMissOneFalseAlarm_isTwoThirds() {
    boolean[] gold = {true, true, true, false, false};
    boolean[] pred = {true, true, false, true, false};
    assertThat(ClassificationMetrics.binaryF1(gold, pred)).isCloseTo(2.0 / 3, offset(1e-12));
  }

  @Test
  void auroc_fourPoints_isShareOfCorrectlyOrderedPairs() {
    // positives 0.9 and 0.4, negatives 0.6 and 0.1: pairs (0.9,0.6) (0.9,0.1) (0.4,0.1) right, (0.4,0.6) wrong
    assertThat(ClassificationMetrics.auroc(new boolean[] {true, false, true, false}, new double[] {0.9, 0.6, 0.4, 0.1}))
        .isCloseTo(0.75, offset(1e-12));
  }

  @Test
  void auroc_fourPointsWithTie_countsTieHalf() {
    // positives 0.8 and 0.5, negatives 0.5 and 0.2: three pairs right, one tie -> 3.5 / 4
    assertThat(ClassificationMetrics.auroc(new boolean[] {true, true, false, false}, new double[] {0.8, 0.5, 0.5, 0.2}))
        .isCloseTo(0.875, offset(1e-12));
  }

  @Test
  void auroc_perfectAndReversed_areOneAndZero() {
    boolean[] positive = {true, true, false, false};
    assertThat(ClassificationMetrics.auroc(positive, new double[] {4, 3, 2, 1})).isEqualTo(1.0);
    assertThat(ClassificationMetrics.auroc(positive, new double[] {1, 2, 3, 4})).isEqualTo(0.0);
  }

  @Test
  void auroc_oneKindOnly_isNaN() {
    assertThat(ClassificationMetrics.auroc(new boolean[] {true, true}, new double[] {1, 2})).isNaN();
  }

  @Test
  void macroAuroc_threeClasses_isMeanOfOneVsRest() {
    int[] gold = {0, 1, 2, 0};
    double[][] p = {{0.7, 0.2, 0.1}, {0.2, 0.5, 0.3}, {0.1, 0.3, 0.6}, {0.4, 0.4, 0.2}};
    // class 0: positives 0.7, 0.4 vs 0.2, 0.1 -> 1; class 1: 0.5 vs 0.2, 0.3, 0.4 -> 1; class 2: 0.6 vs 0.1, 0.3, 0.2 -> 1
    assertThat(ClassificationMetrics.macroAuroc(gold, p, 3)).isCloseTo(1.0, offset(1e-12));
    double[][] q = {{0.3, 0.2, 0.5}, {0.2, 0.5, 0.3}, {0.1, 0.3, 0.6}, {0.4, 0.4, 0.2}};
    // class 0: positives 0.3, 0.4 vs 0.2, 0.1 -> 1; class 1: 0.5 vs 0.2, 0.3, 0.4 -> 1; class 2: 0.6 vs 0.5, 0.3, 0.2 -> 1
    assertThat(ClassificationMetrics.macroAuroc(gold, q, 3)).isCloseTo(1.0, offset(1e-12));
  }

  @Test
  void accuracy_lengthsDiffer_failsWithBoth() {
    assertThatThrownBy(() -> ClassificationMetrics.accuracy(new int[2], new int[3])).hasMessageContaining("2 vs 3");
  }

  @Test
  void f1PerClass_labelOutOfRange_failsWithLabel() {
    assertThatThrownBy(() -> ClassificationMetrics.f1PerClass(new int[] {5}, new int[] {0}, 3)).hasMessageContaining("5");
  }
}
