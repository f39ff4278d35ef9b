package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench pipeline}'s options, checked before anything loads. */
class BenchPipelineCommandTest {

  @Test
  void noMeasuredPass_isRefusedBeforeAnythingLoads() {
    CommandRun r = CommandRun.of("bench", "pipeline", "--runs", "0", "--data", "/nonexistent");

    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--runs must be at least 1, got 0");
  }
}
