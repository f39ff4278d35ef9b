package org.marsad.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Span;
import org.marsad.core.time.TimexAnnotation;

class TimexScorerTest {

  private static TimexAnnotation tag(int start, int end, String type, String value) {
    return new TimexAnnotation(new Span(start, end), type, value);
  }

  @Test
  void score_partialOverlap_isRelaxedButNotStrict() {
    // "last Friday" in gold, "Friday" from the system
    TimexScore s = TimexScorer.score(List.of(tag(10, 21, "DATE", "2013-03-15")), List.of(tag(15, 21, "DATE", "2013-03-15")));

    assertThat(s.relaxed()).isEqualTo(1);
    assertThat(s.strict()).isZero();
    assertThat(s.relaxedF1()).isEqualTo(1.0);
    assertThat(s.strictPrecision()).isZero();
    assertThat(s.strictRecall()).isZero();
    assertThat(s.strictF1()).isZero();
    assertThat(s.valueF1()).isEqualTo(1.0);
  }

  @Test
  void score_threeGoldTimexes_valueF1CountsOnlyMatchedWithEqualValue() {
    List<TimexAnnotation> gold = List.of(
        tag(0, 5, "DATE", "2013-03-22"),    // found exactly, right value
        tag(10, 20, "DATE", "2013-W12"),    // found in part, wrong value
        tag(30, 35, "DURATION", "P3D"));    // missed
    List<TimexAnnotation> system = List.of(
        tag(0, 5, "DATE", "2013-03-22"),
        tag(12, 20, "DATE", "2013-03-18"),
        tag(40, 45, "DATE", "PRESENT_REF")); // no gold there
    TimexScore s = TimexScorer.score(gold, system);

    assertThat(s).isEqualTo(new TimexScore(3, 3, 1, 2, 1, 2));
    assertThat(s.strictF1()).isCloseTo(1.0 / 3, within(1e-9));    // P 1/3, R 1/3
    assertThat(s.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));   // P 2/3, R 2/3
    assertThat(s.valuePrecision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.valueRecall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.valueF1()).isCloseTo(1.0 / 3, within(1e-9));     // = relaxed F1 2/3 x value accuracy 1/2
    assertThat(s.valueAccuracy()).isCloseTo(0.5, within(1e-9));
    assertThat(s.typeF1()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void align_oneSystemTimexOverTwoGold_matchesOnlyOne() {
    // "27-28 November" from the system, "27" and "28 November" in gold
    List<TimexPair> pairs = TimexScorer.align(
        List.of(tag(0, 2, "DATE", "2020-11-27"), tag(3, 14, "DATE", "2020-11-28")),
        List.of(tag(0, 14, "DATE", "2020-11-27/2020-11-28")));

    assertThat(pairs).hasSize(2);
    assertThat(pairs).filteredOn(TimexPair::matched).hasSize(1);
    assertThat(pairs.get(0).matched()).as("gold taken in text order").isTrue();
    assertThat(TimexScorer.score(pairs)).isEqualTo(new TimexScore(2, 1, 0, 1, 0, 1));
  }

  @Test
  void score_nothingOnEitherSide_givesZeroNotNaN() {
    TimexScore s = TimexScorer.score(List.of(), List.of());

    assertThat(s.valueF1()).isZero();
    assertThat(s.relaxedPrecision()).isZero();
  }

  @Test
  void plus_addsCounts() {
    assertThat(new TimexScore(3, 3, 1, 2, 1, 2).plus(new TimexScore(1, 2, 1, 1, 1, 1)))
        .isEqualTo(new TimexScore(4, 5, 2, 3, 2, 3));
  }

  @Test
  void timexScore_moreMatchesThanTimexes_failsWithCounts() {
    assertThatThrownBy(() -> new TimexScore(1, 1, 0, 2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relaxed=2");
  }

  @Test
  void timexTag_unknownType_failsWithTheType() {
    assertThatThrownBy(() -> tag(0, 4, "EVENT", "2013"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EVENT");
  }
}
