package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a benchmark's measured passes it reports. */
class MedianTest {

  private record Pass(String name, double seconds) {}

  @Test
  void ofThreePasses_isTheMiddleByTime_whateverTheirOrder() {
    List<Pass> passes = List.of(new Pass("slow", 16.9), new Pass("fast", 11.6), new Pass("middle", 13.8));

    assertThat(Median.byTime(passes, Pass::seconds).name()).isEqualTo("middle");
  }

  @Test
  void ofTwoPasses_isTheSlower_andOfOneIsIt() {
    assertThat(Median.byTime(List.of(new Pass("slow", 14.0), new Pass("fast", 12.0)), Pass::seconds).name())
        .isEqualTo("slow");
    assertThat(Median.byTime(List.of(new Pass("only", 14.0)), Pass::seconds).name()).isEqualTo("only");
  }

  @Test
  void ofNoPass_isRefused() {
    assertThatThrownBy(() -> Median.byTime(List.<Pass>of(), Pass::seconds))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pass");
  }
}
