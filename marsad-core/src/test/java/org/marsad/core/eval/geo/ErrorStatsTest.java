package org.marsad.core.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorStatsTest {

  @Test
  void of_threePoints_accuracyMeanMedian() {
    // 0 and 100 km are within 161 km, 500 km is not.
    ErrorStats s = ErrorStats.of(new double[] {500, 0, 100});

    assertThat(s.n()).isEqualTo(3);
    assertThat(s.acc161()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(s.meanKm()).isCloseTo(200, within(1e-9));
    assertThat(s.medianKm()).isEqualTo(100);
  }

  @Test
  void of_exactly161_isNotWithin() {
    assertThat(ErrorStats.of(new double[] {161, 160.9}).acc161()).isEqualTo(0.5);
  }

  @Test
  void of_twoErrors_aucIsTrapezoidOfLogErrors() {
    // sorted ln(e + 1): ln 1 = 0 and ln 20040; one trapezoid of width 1: (0 + ln 20040) / 2,
    // divided by ln(20039) * (n - 1) = ln 20039.
    ErrorStats s = ErrorStats.of(new double[] {20039, 0});

    assertThat(s.auc()).isCloseTo(Math.log(20040) / 2 / Math.log(20039), within(1e-12));
  }

  @Test
  void of_threeErrors_aucSumsTwoTrapezoids() {
    double a = Math.log(1 + 1);
    double b = Math.log(10 + 1);
    double c = Math.log(1000 + 1);
    double expected = ((a + b) / 2 + (b + c) / 2) / (Math.log(20039) * 2);

    assertThat(ErrorStats.of(new double[] {1000, 1, 10}).auc()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void of_perfectAnswers_aucZero() {
    assertThat(ErrorStats.of(new double[] {0, 0, 0}).auc()).isZero();
  }

  @Test
  void of_empty_isZeroes() {
    assertThat(ErrorStats.of(new double[0])).isEqualTo(new ErrorStats(0, 0, 0, 0, 0));
  }

  @Test
  void of_negativeError_failsWithValue() {
    assertThatThrownBy(() -> ErrorStats.of(new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
