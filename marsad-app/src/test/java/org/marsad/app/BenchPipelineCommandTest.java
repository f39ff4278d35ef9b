package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code bench pipeline} chooses the pass it reports among its measured ones, and refuses none. */
class BenchPipelineCommandTest {

  private record Pass(String name, double seconds) {}

  @Test
  void median_ofThreePasses_isTheMiddleByTime_whateverTheirOrder() {
    List<Pass> passes = List.of(new Pass("slow", 16.9), new Pass("fast", 11.6), new Pass("middle", 13.8));

    assertThat(BenchPipelineCommand.median(passes, Pass::seconds).name()).isEqualTo("middle");
  }

  @Test
  void median_ofTwoPasses_isTheSlower_andOfOneIsIt() {
    assertThat(BenchPipelineCommand.median(List.of(new Pass("slow", 14.0), new Pass("fast", 12.0)), Pass::seconds)
        .name()).isEqualTo("slow");
    assertThat(BenchPipelineCommand.median(List.of(new Pass("only", 14.0)), Pass::seconds).name()).isEqualTo("only");
  }

  @Test
  void noMeasuredPass_isRefusedBeforeAnythingLoads() {
    CommandRun r = CommandRun.of("bench", "pipeline", "--runs", "0", "--data", "/nonexistent");

    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--runs must be at least 1, got 0");
  }
}
