package org.marsad.flink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.dedup.MinHasher;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;

/** The event steps' messages and state read back equal to what was written. */
class DedupJsonTest {

  static final List<ExtractedRecord> RECORDS = ResultJsonSamples.sample().records();

  @Test
  void stored_roundTrips() {
    long[] sig = MinHasher.signature(ResultJsonSamples.TEXT);
    DedupJson.Stored back = DedupJson.Stored.read(new DedupJson.Stored("d1", sig, RECORDS).write());
    assertThat(back.signature()).containsExactly(sig);
    assertThat(back.records()).isEqualTo(RECORDS);
  }

  @Test
  void groupAndAssigned_roundTrip() {
    var dedup = new DedupJson.Dedup("d1", 2, "d0", 0.875);
    var group = new DedupJson.Group(dedup, List.of(1), List.of(RECORDS.get(1)));
    assertThat(DedupJson.Group.read(group.write())).isEqualTo(group);
    assertThat(DedupJson.Dedup.read(new DedupJson.Dedup("d2", 0, null, 0).write()).original()).isNull();
    var assigned = new DedupJson.Assigned("d1", List.of(
        new DedupJson.Assignment(0, "incident", (1L << 52) + 7, "new", null),
        new DedupJson.Assignment(1, "response", 12, "same_event:type+date", 0.6)));
    assertThat(DedupJson.Assigned.read(assigned.write())).isEqualTo(assigned);
    assertThat(DedupJson.formatOf(assigned.write())).isEqualTo(DedupJson.Assigned.FORMAT);
  }

  @Test
  void eventSources_roundTrip() {
    Place lyon = RECORDS.get(0).place();
    var e = new DedupJson.EventSources(5, "incident", "place_of_worship_attack", List.of(
        new DedupJson.Source("d1#0", LocalDate.of(2025, 5, 12), null, lyon, Set.of("oic", "x")),
        new DedupJson.Source("d2#1", null, null, null, Set.of())));
    assertThat(DedupJson.EventSources.read(e.write())).isEqualTo(e);
  }

  @Test
  void read_otherFormat_failsNamingIt() {
    assertThatThrownBy(() -> DedupJson.Group.read(new DedupJson.Dedup("d1", 1, null, 0).write()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("marsad-group/1");
  }
}
