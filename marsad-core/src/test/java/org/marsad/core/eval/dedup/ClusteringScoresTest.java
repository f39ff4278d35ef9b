package org.marsad.core.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  @Test
  void of_sameGroupsUnderOtherNames_scoresOne() {
    ClusteringScores s = ClusteringScores.of(List.of(7, 7, 3, 3, 9), List.of("a", "a", "b", "b", "c"));
    assertThat(s.vMeasure()).isEqualTo(1.0, within(1e-12));
    assertThat(s.ari()).isEqualTo(1.0, within(1e-12));
    assertThat(s.b3F1()).isEqualTo(1.0, within(1e-12));
    assertThat(s.clusters()).isEqualTo(3);
  }

  @Test
  void of_smallExample_matchesHandComputedValues() {
    // predicted {0,1} {2,3} {4}; gold {0,1,2} {3,4}: B3 P = (1+1+.5+.5+1)/5, R = (2/3+2/3+1/3+1/2+1/2)/5
    ClusteringScores s = ClusteringScores.of(List.of(0, 0, 1, 1, 2), List.of(0, 0, 0, 1, 1));
    assertThat(s.b3Precision()).isEqualTo(0.8, within(1e-12));
    assertThat(s.b3Recall()).isEqualTo(8.0 / 15, within(1e-12));
    assertThat(s.b3F1()).isEqualTo(0.64, within(1e-12));
    assertThat(s.ari()).isEqualTo(1.0 / 11, within(1e-12));
    assertThat(s.vMeasure()).isEqualTo(0.4580652856440158, within(1e-9)); // scikit-learn's formula
  }

  @Test
  void of_everythingInOneCluster_hasNoHomogeneityAndNoChanceAgreement() {
    ClusteringScores s = ClusteringScores.of(List.of(1, 1, 1, 1), List.of(0, 0, 1, 1));
    assertThat(s.homogeneity()).isEqualTo(0.0, within(1e-12));
    assertThat(s.completeness()).isEqualTo(1.0, within(1e-12));
    assertThat(s.ari()).isEqualTo(0.0, within(1e-12));
  }

  @Test
  void of_lengthsDiffer_fails() {
    assertThatThrownBy(() -> ClusteringScores.of(List.of(1), List.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted=1, gold=2");
  }
}
