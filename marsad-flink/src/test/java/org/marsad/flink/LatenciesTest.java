package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void of_twentySamples_nearestRank() {
    List<Long> ms = new ArrayList<>();
    for (long i = 1; i <= 20; i++) {
      ms.add(i * 10);
    }
    Collections.shuffle(ms, new java.util.Random(7));
    assertThat(Latencies.of(ms)).isEqualTo(new Latencies(100, 190, 200, 20));
  }

  @Test
  void of_oneOrNone() {
    assertThat(Latencies.of(List.of(42L))).isEqualTo(new Latencies(42, 42, 42, 1));
    assertThat(Latencies.of(List.of())).isEqualTo(new Latencies(0, 0, 0, 0));
  }
}
