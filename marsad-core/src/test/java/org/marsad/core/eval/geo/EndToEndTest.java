package org.marsad.core.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Span;

class EndToEndTest {

  private static GoldToponym gold(int start, int end, double lat, double lon) {
    return new GoldToponym(new Span(start, end), "x".repeat(end - start), true, lat, lon, "");
  }

  @Test
  void add_tinyCase_precisionRecallF1ByHand() {
    // Gold: Paris [0,5) at 48.85/2.35, Lyon [10,14) at 45.76/4.84, Main Street [20,31) without a point.
    List<GoldToponym> gold =
        List.of(
            gold(0, 5, 48.85, 2.35),
            gold(10, 14, 45.76, 4.84),
            new GoldToponym(new Span(20, 31), "Main Street", false, Double.NaN, Double.NaN, ""));
    List<EndToEnd.Prediction> predictions =
        List.of(
            new EndToEnd.Prediction(new Span(0, 5), 48.86, 2.34), // right, 1 km off
            new EndToEnd.Prediction(new Span(10, 14), 40.0, -100.0), // matched, far off: wrong
            new EndToEnd.Prediction(new Span(20, 24), 1, 1), // overlaps the unlocated one: ignored
            new EndToEnd.Prediction(new Span(40, 45), 1, 1)); // matches nothing: wrong
    EndToEnd e2e = new EndToEnd();

    e2e.add(gold, predictions);

    // precision 1 / 3 (the ignored one is not counted), recall 1 / 2, F1 = 2PR / (P + R) = 0.4.
    assertThat(e2e.predicted()).isEqualTo(3);
    assertThat(e2e.correct()).isEqualTo(1);
    assertThat(e2e.gold()).isEqualTo(2);
    assertThat(e2e.precision()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(e2e.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(e2e.f1()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void add_twoPredictionsOnOneToponym_secondIsWrong() {
    EndToEnd e2e = new EndToEnd();

    e2e.add(
        List.of(gold(0, 10, 0, 0)),
        List.of(new EndToEnd.Prediction(new Span(0, 4), 0, 0), new EndToEnd.Prediction(new Span(5, 10), 0, 0)));

    assertThat(e2e.correct()).isEqualTo(1);
    assertThat(e2e.predicted()).isEqualTo(2);
  }

  @Test
  void f1_nothing_isZero() {
    assertThat(new EndToEnd().f1()).isZero();
  }
}
