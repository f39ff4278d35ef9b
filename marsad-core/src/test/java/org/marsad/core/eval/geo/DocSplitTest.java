package org.marsad.core.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocSplitTest {

  @Test
  void contains_devAndTest_partitionTheDocuments() {
    IntStream.range(0, 200).mapToObj(Integer::toString).forEach(id -> {
      assertThat(DocSplit.DEV.contains("lgl", id)).isNotEqualTo(DocSplit.TEST.contains("lgl", id));
      assertThat(DocSplit.ALL.contains("lgl", id)).isTrue();
    });
  }

  @Test
  void contains_manyDocuments_splitsAboutInHalves() {
    long dev = IntStream.range(0, 1000).filter(i -> DocSplit.DEV.contains("lgl", "d" + i)).count();

    assertThat(dev).isBetween(430L, 570L);
  }

  @Test
  void contains_sameDocument_sameSideEveryTime() {
    assertThat(DocSplit.isDev("lgl", "40450848")).isEqualTo(DocSplit.isDev("lgl", "40450848"));
  }

  @Test
  void of_unknownName_failsWithName() {
    assertThat(DocSplit.of(" Dev ")).isEqualTo(DocSplit.DEV);
    assertThatThrownBy(() -> DocSplit.of("train"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train");
  }
}
