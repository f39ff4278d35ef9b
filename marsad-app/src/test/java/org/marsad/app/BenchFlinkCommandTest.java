package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.flink.FlinkBench;

/** Which of its interleaved runs {@code bench flink} reports for each parallelism. */
class BenchFlinkCommandTest {

  private static FlinkBench.Run run(int parallelism, long millis) {
    return new FlinkBench.Run(parallelism, 100, millis, millis);
  }

  @Test
  void medianRuns_takeEachParallelismsMiddleRun_inTheOrderTheParallelismsRan() {
    List<FlinkBench.Run> interleaved = List.of(run(1, 18_000), run(2, 14_000), run(1, 20_000), run(2, 11_000),
        run(1, 16_000), run(2, 12_000));

    assertThat(BenchFlinkCommand.medianRuns(interleaved)).containsExactly(run(1, 18_000), run(2, 12_000));
  }

  @Test
  void medianRuns_ofOneRound_areItsRuns() {
    List<FlinkBench.Run> oneRound = List.of(run(1, 18_000), run(2, 11_000));

    assertThat(BenchFlinkCommand.medianRuns(oneRound)).isEqualTo(oneRound);
  }
}
