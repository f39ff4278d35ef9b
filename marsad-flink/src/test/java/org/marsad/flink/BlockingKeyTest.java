package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;
import org.marsad.flink.format.ResultJson;
import org.marsad.flink.format.ResultJsonSamples;

class BlockingKeyTest {

  @Test
  void of_datedPlacedIncident_isKindTypeCountryMonth() {
    var incident = ResultJsonSamples.sample().records().get(0);
    assertThat(BlockingKey.of(incident).toString()).isEqualTo("incident/place_of_worship_attack/FR/2025-05");
  }

  @Test
  void of_undatedPlacelessResponse_hasEmptyCountryAndMonth() {
    var response = ResultJsonSamples.sample().records().get(1);
    assertThat(BlockingKey.of(response)).isEqualTo(new BlockingKey("response", "condemnation", "", ""));
  }

  @Test
  void new_badMonth_failsWithIt() {
    assertThatThrownBy(() -> new BlockingKey("incident", "t", "FR", "2025-5")).hasMessageContaining("month=2025-5");
  }

  @Test
  void blockKeys_result_givesOneKeyPerRecordWithItsReference() {
    List<Tuple2<String, String>> out = new ArrayList<>();
    MarsadJob.blockKeys(Tuple2.of("d1", ResultJson.write(ResultJsonSamples.sample())), collector(out));
    assertThat(out).containsExactly(
        Tuple2.of("incident/place_of_worship_attack/FR/2025-05", "d1#0"),
        Tuple2.of("response/condemnation//", "d1#1"));
  }

  @Test
  void blockKeys_notAResult_givesNothing() {
    List<Tuple2<String, String>> out = new ArrayList<>();
    MarsadJob.blockKeys(Tuple2.of("x", "{}"), collector(out));
    assertThat(out).isEmpty();
  }

  private static Collector<Tuple2<String, String>> collector(List<Tuple2<String, String>> out) {
    return new Collector<>() {
      @Override
      public void collect(Tuple2<String, String> t) {
        out.add(t);
      }

      @Override
      public void close() {}
    };
  }
}
